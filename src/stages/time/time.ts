// The time stage: time expressions of the body and their TimeML values, anchored to the document's own date.
import type { TimeAnnotation } from "../../model/document.js";
import { defineStage } from "../stage.js";
import { parseAnchor } from "./calendar.js";
import { type Candidate, mergeCandidates } from "./candidate.js";
import { chronoCandidates } from "./chrono.js";
import { grammarCandidates } from "./grammar.js";
import { type Patterns, patternsFor } from "./patterns.js";
import { resolveAll } from "./resolve.js";

export { dateForSpan } from "./date-for-span.js";

export const time = defineStage({
  name: "time",
  version: "1.1.0",
  requires: ["sentences"],
  provides: "times",
  run(doc, resources): TimeAnnotation[] {
    const zones = doc.layers.zones;
    const patterns = patternsFor(resources.time, resources.months);
    const found: Candidate[] = [];
    for (const zone of zones?.zones ?? []) {
      if (zone.kind !== "body") continue;
      const text = doc.text.slice(zone.span.start, zone.span.end);
      const here = [
        ...chronoCandidates(text, zone.span.start, resources.time),
        ...grammarCandidates(text, zone.span.start, patterns),
      ];
      found.push(...withModifiers(mergeCandidates(here), doc.text, zone.span.start, patterns));
    }
    return resolveAll(found, {
      text: doc.text,
      anchor: parseAnchor(zones?.meta.published),
      sentences: doc.layers.sentences?.sentences ?? [],
      patterns,
    });
  },
});

/**
 * Widens a date to the modifier right before it ("Early in December", "mid-2016", "the end of
 * March"): the value keeps the expression's own precision, the span shows the words.
 */
function withModifiers(kept: Candidate[], text: string, zoneStart: number, p: Patterns): Candidate[] {
  let floor = zoneStart;
  for (const c of kept) {
    if (c.type === "DATE" || c.type === "TIME") {
      const from = Math.max(floor, c.start - 40);
      const m = p.modifier.exec(text.slice(from, c.start));
      if (m) c.start -= m[0].length;
    }
    floor = c.end;
  }
  return kept;
}

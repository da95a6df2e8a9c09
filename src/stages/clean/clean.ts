// Clean & zone: splits a plain text into body and page furniture, and finds the document's metadata.
import type { Document, Zone, ZonesLayer } from "../../model/document.js";
import { span } from "../../model/span.js";
import type { Resources } from "../../resources/resources.js";
import { defineStage } from "../stage.js";
import { parseDate } from "./dates.js";
import { detectLanguage, hintLanguage } from "./language.js";
import { type Line, splitLines, wordCount } from "./lines.js";
import { findGenre, findPublisher, pressVoice } from "./metadata.js";
import { type Cue, markOutletNotice, zoneLines } from "./zones.js";

/** A leading `date 2019-05-28` or `2020-07-07 16:09:00` line: how stored pages carry their date. */
const LEADING_DATE =
  /^[ \t]*(?:date[ \t]+)?(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[ \t]*(?:\n|[ \t])/;
const BODY: Cue = { kind: "body", reason: "narrative: no furniture cue" };

export const clean = defineStage({
  name: "clean",
  version: "0.2.2",
  requires: [],
  provides: "zones",
  run(doc, resources): ZonesLayer {
    const zones: Zone[] = [];
    const date = LEADING_DATE.exec(doc.text);
    if (date)
      zones.push({
        kind: "metadata",
        span: span(0, date.index + date[0].trimEnd().length),
        reason: "leading date line",
      });
    const lines = splitLines(doc.text, date ? date.index + date[0].length : 0);
    const zoning = zoneLines(lines, resources.boilerplate);
    markOutletNotice(
      lines,
      zoning.cues,
      resources.outlets.flatMap((o) => [o.name, ...o.aliases]),
    );
    const dated = markDateLines(lines, zoning.cues, resources.months);
    const cues = zoning.cues.map((c) => c ?? BODY);
    zones.push(...mergeZones(lines, cues));
    const body = lines.filter((_, i) => cues[i]?.kind === "body");
    return { zones, meta: metadata(doc, resources, { lines, body, zoning, published: date?.[1] ?? dated }) };
  },
});

interface Parts {
  lines: readonly Line[];
  body: readonly Line[];
  zoning: ReturnType<typeof zoneLines>;
  published: string | null;
}

function metadata(doc: Document, resources: Resources, p: Parts): ZonesLayer["meta"] {
  const { hints } = doc;
  const bodyText = p.body.map((l) => l.text).join("\n");
  const publisher = findPublisher(p.lines, p.zoning, p.body, resources.outlets, resources.statements);
  const voice = pressVoice(bodyText, resources.statements) !== null;
  return {
    title: hints.title?.trim() || p.zoning.title,
    author: hints.author?.trim() || p.zoning.author,
    publisher: hints.publisher?.trim() || publisher?.value || null,
    published: hints.published ?? p.published ?? datelineDate(p.body, resources.months),
    genre: findGenre(p.lines, p.zoning.cues, resources.boilerplate, publisher, voice),
    language: hintLanguage(hints.language) ?? detectLanguage(bodyText, resources.languages),
  };
}

/** Short lines near the top that are only a date (or a Published line) are the dateline. */
function markDateLines(
  lines: readonly Line[],
  cues: (Cue | null)[],
  months: ReadonlyMap<string, number>,
): string | null {
  let found: string | null = null;
  lines.forEach((line, i) => {
    const cue = cues[i];
    if (wordCount(line.text) > 8 || (cue && cue.kind !== "dateline")) return;
    const near = i < 8 || cue?.kind === "dateline";
    const date = near ? parseDate(line.text, months) : null;
    if (!date) return;
    cues[i] = cue ?? { kind: "dateline", reason: "a date on a line of its own near the top" };
    found ??= date;
  });
  return found;
}

/** A dateline at the start of the first paragraph that carries a year ("Simferopol, July 7, 2020, Interfax -"). */
function datelineDate(body: readonly Line[], months: ReadonlyMap<string, number>): string | null {
  const head = body[0]?.text.slice(0, 60) ?? "";
  const sep = /\s(?:-{1,2}|–|—)\s|:\s/u.exec(head);
  return sep ? parseDate(head.slice(0, sep.index), months) : null;
}

/** Consecutive lines of the same kind and reason become one zone. */
function mergeZones(lines: readonly Line[], cues: readonly Cue[]): Zone[] {
  const zones: Zone[] = [];
  lines.forEach((line, i) => {
    const cue = cues[i] as Cue;
    const last = zones[zones.length - 1];
    const prev = cues[i - 1];
    if (last && prev && prev.kind === cue.kind && prev.reason === cue.reason)
      zones[zones.length - 1] = { ...last, span: span(last.span.start, line.end) };
    else zones.push({ kind: cue.kind, span: span(line.start, line.end), reason: cue.reason });
  });
  return zones;
}

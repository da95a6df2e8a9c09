// Embedded social-media posts: a line that ends with its signature ("… — Name (@handle) May 3, 2024") is the poster's.
import type { AttributionAnnotation } from "../../model/document.js";
import { span } from "../../model/span.js";

/**
 * A post's signature at the end of its line: a dash, the poster's display name, the handle in
 * brackets, then the date the page shows (months are given by name, as embedded posts print them).
 */
function signature(months: readonly string[]): RegExp {
  const month = months.map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");
  return new RegExp(
    `[ \\t]+[—–-][ \\t]+([^\\n()—–]{1,60}?)[ \\t]+\\((@\\w{1,30})\\)[ \\t]+(?:${month})\\.?[ \\t]+\\d{1,2},[ \\t]+\\d{4}[ \\t]*$`,
    "dgimu",
  );
}

/**
 * Attributions of the embedded posts in [from, to) of `text`: the post's words (the line before
 * its signature) are said by the poster as named.
 */
export function findPosts(
  text: string,
  from: number,
  to: number,
  months: readonly string[],
): AttributionAnnotation[] {
  const out: AttributionAnnotation[] = [];
  const zone = text.slice(from, to);
  for (const m of zone.matchAll(signature(months))) {
    const end = from + (m.index ?? 0);
    const start = from + zone.lastIndexOf("\n", m.index ?? 0) + 1;
    const [nameAt, nameEnd] = m.indices?.[1] ?? [0, 0];
    const [handleAt, handleEnd] = m.indices?.[2] ?? [0, 0];
    if (end <= start) continue;
    out.push({
      span: span(start, end),
      source: (m[1] as string).trim(),
      cue: span(from + handleAt, from + handleEnd),
      speaker: span(from + nameAt, from + nameEnd),
      kind: "post",
    });
  }
  return out;
}

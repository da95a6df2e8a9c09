// Clean & zone (first version): the leading date line and the title line; everything else is body.
import type { Zone, ZonesLayer } from "../../model/document.js";
import { span } from "../../model/span.js";
import { defineStage } from "../stage.js";

/** A leading `date 2019-05-28` or `2020-07-07 16:09:00` line: how stored pages carry their date. */
const LEADING_DATE =
  /^[ \t]*(?:date[ \t]+)?(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?[ \t]*(?:\n|[ \t])/;
const MAX_TITLE_LENGTH = 200;

export const clean = defineStage({
  name: "clean",
  version: "0.1.1",
  requires: [],
  provides: "zones",
  run(doc): ZonesLayer {
    const { text, hints } = doc;
    const zones: Zone[] = [];
    let pos = 0;
    let published = hints.published ?? null;
    const date = LEADING_DATE.exec(text);
    if (date) {
      const end = date.index + date[0].trimEnd().length;
      zones.push({ kind: "metadata", span: span(0, end), reason: "leading date line" });
      published ??= date[1] ?? null;
      pos = date.index + date[0].length;
    }
    let title = hints.title?.trim() || null;
    const first = firstLine(text, pos);
    if (first && isTitleLine(text, first)) {
      zones.push({
        kind: "title",
        span: span(first.start, first.end),
        reason: "first line: short, no final stop, a paragraph of its own",
      });
      title ??= first.text;
      pos = first.end;
    }
    if (pos < text.length) zones.push({ kind: "body", span: span(pos, text.length), reason: "the rest" });
    const meta = {
      title,
      author: hints.author ?? null,
      publisher: hints.publisher ?? null,
      published,
      genre: null,
      language: hints.language ?? null,
    };
    return { zones, meta };
  },
});

/** A title stands alone: short, without a final stop, and followed by a blank line (not a wrapped sentence). */
function isTitleLine(text: string, line: { end: number; text: string }): boolean {
  if (line.text.length > MAX_TITLE_LENGTH || /[.!?:]["”’]?$/.test(line.text)) return false;
  return /^[ \t]*(?:\n[ \t]*\n|$)/.test(text.slice(line.end, line.end + 200)) || line.end === text.length;
}

function firstLine(text: string, from: number): { start: number; end: number; text: string } | null {
  const re = /[^\n]*\S[^\n]*/y;
  for (let i = from; i < text.length; ) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) {
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      return { start: i + lead, end: i + lead + t.length, text: t };
    }
    const nl = text.indexOf("\n", i);
    if (nl < 0) return null;
    i = nl + 1;
  }
  return null;
}

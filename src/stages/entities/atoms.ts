// The words of the body zones ("atoms": runs of letters and digits) with their offsets, case, POS and sentence starts.
import type { Document } from "../../model/document.js";
import { ATOM } from "../../resources/kb.js";

export interface Atom {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** The first word of its sentence (after any opening quote or bracket). */
  readonly sentenceStart: boolean;
  /** wink-nlp's part of speech of the token that starts here, when one does. */
  readonly pos: string | undefined;
  /** The characters between the previous atom and this one ("" for the first atom of a zone). */
  readonly gap: string;
}

const UPPER = /^\p{Lu}/u;

/** Every atom of the body zones, in text order. */
export function bodyAtoms(doc: Document): Atom[] {
  const zones = doc.layers.zones?.zones.filter((z) => z.kind === "body") ?? [];
  const layer = doc.layers.sentences;
  const pos = new Map<number, string>();
  for (const t of layer?.tokens ?? []) if (t.pos) pos.set(t.span.start, t.pos);
  const starts = (layer?.sentences ?? []).map((s) => s.start);
  const out: Atom[] = [];
  let si = 0;
  for (const zone of zones) {
    const text = doc.text.slice(zone.span.start, zone.span.end);
    let prevEnd = -1;
    for (const m of text.matchAll(ATOM)) {
      const start = zone.span.start + (m.index ?? 0);
      const end = start + m[0].length;
      while (si < starts.length && (starts[si] as number) <= start) si++;
      const sentenceOpen = si > 0 ? (starts[si - 1] as number) : zone.span.start;
      const lead = doc.text.slice(Math.max(sentenceOpen, prevEnd === -1 ? zone.span.start : prevEnd), start);
      const sentenceStart =
        prevEnd === -1 ||
        /\n/u.test(doc.text.slice(prevEnd, start)) ||
        (sentenceOpen > prevEnd && /^[\s"“'‘(«[-]*$/u.test(lead));
      out.push({
        text: m[0],
        lower: m[0].toLowerCase(),
        start,
        end,
        cap: UPPER.test(m[0]),
        sentenceStart,
        pos: pos.get(start),
        gap: prevEnd === -1 ? "" : doc.text.slice(prevEnd, start),
      });
      prevEnd = end;
    }
  }
  return out;
}

/** The gap between two words of one name: spaces, a hyphen, an apostrophe, a dot, slash or ampersand (no comma, no line break). */
export function joins(gap: string): boolean {
  return /^[ \u00a0\-'’./&]{1,3}$/u.test(gap);
}

/** An acronym-like word: two or more capitals ("KNB", "RFE", "AfD" counts as mixed). */
export function isAcronym(s: string): boolean {
  return (
    s.length >= 2 && /^\p{Lu}/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(s)
  );
}

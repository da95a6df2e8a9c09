// A sentence's tokens as words with their text, for matching the attribution lexicon's cues.
import type { Token } from "../../model/document.js";
import type { Phrase } from "../../resources/attribution-lexicon.js";

export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
}

export function toWord(text: string, t: Token): Word {
  const s = text.slice(t.span.start, t.span.end);
  const lower = s.toLowerCase().replace(/’/gu, "'");
  return {
    text: s,
    lower,
    pos: t.pos ?? "X",
    lemma: (t.lemma ?? s).toLowerCase(),
    start: t.span.start,
    end: t.span.end,
  };
}

/** True when `p` is spelled by the words starting at `i`. */
export function matchesAt(ws: readonly Word[], i: number, p: Phrase): boolean {
  if (i < 0 || i + p.length > ws.length) return false;
  for (let k = 0; k < p.length; k++) if (ws[i + k]?.lower !== p[k]) return false;
  return true;
}

/** The first phrase of `ps` spelled at `i`, or undefined. */
export function phraseAt(ws: readonly Word[], i: number, ps: readonly Phrase[]): Phrase | undefined {
  return ps.find((p) => matchesAt(ws, i, p));
}

export const OPENING_QUOTES = new Set(['"', "“", "«", "„", "‘"]);
export const CLOSING_QUOTES = new Set(['"', "”", "»", "“", "’"]);

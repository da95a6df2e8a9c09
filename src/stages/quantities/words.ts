// A sentence's tokens as words with their text, for matching cues of the quantities lexicon.
import type { Token } from "../../model/document.js";
import type { Phrase } from "../../resources/quantity-lexicon.js";

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
  return {
    text: s,
    lower: s.toLowerCase(),
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

/** True when `p` is spelled by the words ending just before `end`. */
export function matchesBefore(ws: readonly Word[], end: number, p: Phrase): boolean {
  return matchesAt(ws, end - p.length, p);
}

/** True when nothing separates word `i` from the next one ("35" "–" "40"). */
export function joined(ws: readonly Word[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  return !!a && !!b && a.end === b.start;
}

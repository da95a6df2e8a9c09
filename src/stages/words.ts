// A sentence's tokens as words (text, lower-cased form, POS, lemma, offsets), and the matching of
// a lexicon's phrases against them: shared by the stages that read cue words from data.
import type { Token } from "../model/document.js";
import type { Phrase } from "../resources/word-lists.js";

export type { Phrase } from "../resources/word-lists.js";

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
    // a curly apostrophe is the straight one in every lexicon ("Russia’s" = "russia's")
    lower: s.toLowerCase().replace(/’/gu, "'"),
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

// What a number counts: the noun phrase after it ("16 suspected members of the banned group") and its normalised unit.
import type { QuantityLexicon } from "../../resources/quantity-lexicon.js";
import { joined, matchesAt, type Word } from "./words.js";

export interface Counted {
  /** First and one-past-last word of the noun phrase. */
  readonly from: number;
  readonly to: number;
  readonly unit: string | null;
}

const MODIFIER = new Set(["ADJ", "NOUN", "PROPN", "NUM", "X"]);
const HEAD = new Set(["NOUN", "PROPN"]);
const QUOTES = new Set(["'", "‘", "’", '"', "“", "”"]);
const DETERMINERS = new Set(["the", "these", "those", "them", "their", "its", "his", "her", "our"]);
/** Longest run of words a counted phrase may take (keeps the scan linear). */
const MAX_RUN = 12;

/** The unit written right after a number ("%", "per cent"), as [unit, words used]. */
export function unitPhraseAt(ws: readonly Word[], i: number, lex: QuantityLexicon): [string, number] | null {
  for (const u of lex.unitPhrases) if (matchesAt(ws, i, u.phrase)) return [u.unit, u.phrase.length];
  const w = ws[i];
  if (w && (w.text === "%" || (w.lower === "percent" && w.pos !== "VERB"))) return ["percent", 1];
  return null;
}

/** The noun phrase counted by a number ending before word `i`, or null when none follows. */
export function countedAt(ws: readonly Word[], i: number, lex: QuantityLexicon): Counted | null {
  let from = i;
  if (ws[i]?.lower === "of" && DETERMINERS.has(ws[i + 1]?.lower ?? "")) from = i + 2;
  const head = run(ws, from, lex);
  if (head < 0) return null;
  let to = head + 1;
  for (let level = 0; level < 2 && ws[to]?.lower === "of"; level++) {
    const skip = DETERMINERS.has(ws[to + 1]?.lower ?? "") || ws[to + 1]?.pos === "DET" ? 2 : 1;
    const next = run(ws, to + skip, lex);
    if (next < 0) break;
    to = next + 1;
  }
  return { from: ws[i]?.lower === "of" ? i + 1 : i, to, unit: unitOf(ws[head] as Word, lex) };
}

/** The index of the head noun of the modifier-noun run starting at `i`, or -1. */
function run(ws: readonly Word[], i: number, lex: QuantityLexicon): number {
  let head = -1;
  for (let j = i; j < ws.length && j < i + MAX_RUN; j++) {
    const w = ws[j] as Word;
    if (HEAD.has(w.pos)) head = j;
    else if (MODIFIER.has(w.pos)) continue;
    else if (lex.participles.has(w.lower) && MODIFIER.has(ws[j + 1]?.pos ?? "")) continue;
    else if (w.text === "-" && joined(ws, j - 1) && joined(ws, j)) continue;
    else if ((w.lower === "'s" || w.lower === "’s") && head === j - 1) continue;
    else if (QUOTES.has(w.text) && j === i) continue;
    else break;
  }
  return head;
}

/** The normalised unit of a head noun: from the lexicon, "people" for a capitalised plural (demonyms), else the noun. */
export function unitOf(head: Word, lex: QuantityLexicon): string {
  const known = lex.units.get(head.lower) ?? lex.units.get(head.lemma);
  if (known) return known;
  if (/^\p{Lu}\p{Ll}+s$/u.test(head.text) && head.pos === "PROPN") return "people";
  return head.lower;
}

// Speaker noun phrases around a reporting cue: backwards ("the KNB said"), forwards ("said the KNB"), with appositions.
import type { AttributionLexicon } from "../../resources/attribution-lexicon.js";
import { CLOSING_QUOTES, OPENING_QUOTES, type Word } from "./words.js";

/** Longest noun phrase walked (keeps every scan bounded). */
export const MAX_NP = 16;
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM", "X", "SYM"]);
const NAME_PUNCT = new Set(["(", ")", "/", "-", "–", ".", "&", "'s", "'"]);
const INNER_ADP = new Set(["of", "for", "in", "at", "from"]);
const POSSESSIVE = new Set(["his", "her", "its", "their", "our"]);
const PERSONAL = new Set(["he", "she", "it", "they", "i", "we"]);
const LEADING_JUNK = new Set(["ADP", "CCONJ", "PUNCT", "SYM", "PART"]);
const NOT_IN_NP = new Set(["that", "which", "what", "who", "whom", "whose", "this", "these"]);

/** A word that can be inside a speaker's noun phrase. */
function inNP(w: Word, i: number): boolean {
  if (NOT_IN_NP.has(w.lower)) return false;
  if (NP_POS.has(w.pos) || POSSESSIVE.has(w.lower) || NAME_PUNCT.has(w.lower)) return true;
  if (INNER_ADP.has(w.lower)) return true;
  if (w.pos === "PART") return w.lower === "'s";
  if (w.pos === "CCONJ") return w.lower === "and";
  return i > 0 && /^\p{Lu}/u.test(w.text) && (w.pos === "VERB" || w.pos === "ADV"); // "Combating Organized Crime"
}

const isHead = (w: Word | undefined) => !!w && (w.pos === "NOUN" || w.pos === "PROPN");
const isTime = (w: Word, lex: AttributionLexicon, months: ReadonlyMap<string, number>) =>
  lex.timeWords.has(w.lower) || months.has(w.lower) || w.pos === "NUM";

/** The speaker phrase ending at word `end` (inclusive) as [start, end], or null. */
export function npBefore(
  ws: readonly Word[],
  end: number,
  lex: AttributionLexicon,
  months: ReadonlyMap<string, number>,
): [number, number] | null {
  const last = ws[end];
  if (!last) return null;
  if (last.pos === "PRON" && PERSONAL.has(last.lower))
    return lex.notSpeakers.has(last.lower) ? null : [end, end];
  let s = end;
  while (s > 0 && end - s < MAX_NP && inNP(ws[s - 1] as Word, s - 1)) s--;
  if (!inNP(last, end)) return null;
  while (
    s <= end &&
    (LEADING_JUNK.has((ws[s] as Word).pos) || isTime(ws[s] as Word, lex, months)) &&
    ws[s]?.text !== "("
  )
    s++;
  if (s > end || !ws.slice(s, end + 1).some(isHead)) return null;
  if (s === end && lex.notSpeakers.has((ws[s] as Word).lower)) return null;
  return [s, end];
}

/** The speaker phrase starting at word `start`, up to `limit` (exclusive), as [start, end], or null. */
export function npAfter(
  ws: readonly Word[],
  start: number,
  limit: number,
  lex: AttributionLexicon,
  months: ReadonlyMap<string, number>,
): [number, number] | null {
  const first = ws[start];
  if (!first) return null;
  if (first.pos === "PRON" && PERSONAL.has(first.lower))
    return lex.notSpeakers.has(first.lower) ? null : [start, start];
  let e = start;
  while (e < limit && e - start < MAX_NP && (inNP(ws[e] as Word, e) || compound(ws, e))) e++;
  // "a press release issued by RAB-3": the statement's author is part of the source
  if (lex.issuedBy.has(ws[e]?.lower ?? "") && lex.sourceLinks.has(ws[e + 1]?.lower ?? "")) {
    e += 2;
    while (e < limit && e - start < 2 * MAX_NP && inNP(ws[e] as Word, e)) e++;
  }
  e--;
  while (e >= start && !isHead(ws[e]) && (ws[e] as Word).text !== ")") e--;
  // a trailing time phrase is no part of the source: "the Interior Ministry in February"
  for (let k = start + 1; k <= e; k++) {
    const w = ws[k] as Word;
    if ((w.lower === "in" || w.lower === "on" || w.lower === "at") && timeOnly(ws, k + 1, e, lex, months)) {
      e = k - 1;
      break;
    }
  }
  if (e < start || !ws.slice(start, e + 1).some(isHead)) return null;
  return [start, e];
}

/** A noun mis-tagged as a verb before another noun ("police reports"). */
function compound(ws: readonly Word[], e: number): boolean {
  const w = ws[e] as Word;
  return w.pos === "VERB" && w.lower === w.lemma && isHead(ws[e + 1]);
}

function timeOnly(
  ws: readonly Word[],
  from: number,
  to: number,
  lex: AttributionLexicon,
  months: ReadonlyMap<string, number>,
): boolean {
  for (let k = from; k <= to; k++) {
    const w = ws[k] as Word;
    if (!isTime(w, lex, months) && w.pos !== "DET") return false;
  }
  return from <= to;
}

/**
 * Extends a speaker phrase leftwards over appositions ("Rafik Mambetaliev, the head of the
 * department, said"): at most two more comma-separated noun phrases that are not time phrases.
 */
export function withAppositions(
  ws: readonly Word[],
  np: [number, number],
  lex: AttributionLexicon,
  months: ReadonlyMap<string, number>,
): [number, number][] {
  const chain: [number, number][] = [np];
  let k = np[0] - 1;
  while (chain.length < 3 && ws[k]?.text === ",") {
    const prev = npBefore(ws, k - 1, lex, months);
    if (!prev || prev[1] !== k - 1 || !startsSegment(ws, prev[0])) break;
    if (ws[prev[0]]?.pos === "PRON") break;
    chain.unshift(prev);
    k = prev[0] - 1;
  }
  return chain;
}

/** True when word `i` opens a segment: sentence start, after a comma, a quote, or "that". */
export function startsSegment(ws: readonly Word[], i: number): boolean {
  const before = ws[i - 1];
  return (
    !before ||
    before.text === "," ||
    before.lower === "that" ||
    CLOSING_QUOTES.has(before.text) ||
    OPENING_QUOTES.has(before.text)
  );
}

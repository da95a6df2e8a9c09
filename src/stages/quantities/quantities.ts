// The quantities stage: every number in the body (digits, words, vague amounts) with its qualifier, range and what it counts.
import type { QuantityAnnotation, SentencesLayer } from "../../model/document.js";
import { span } from "../../model/span.js";
import type { Qualifier, QuantityLexicon } from "../../resources/quantity-lexicon.js";
import { defineStage } from "../stage.js";
import { countedAt, unitOf, unitPhraseAt } from "./counted.js";
import { isCount } from "./filters.js";
import { type NumberMatch, numberAt } from "./numbers.js";
import { joined, matchesAt, matchesBefore, toWord, type Word } from "./words.js";

export const quantities = defineStage({
  name: "quantities",
  version: "1.0.0",
  requires: ["sentences"],
  provides: "quantities",
  run(doc, resources): QuantityAnnotation[] {
    const layer = doc.layers.sentences as SentencesLayer;
    const out: QuantityAnnotation[] = [];
    let t = 0;
    for (const s of layer.sentences) {
      const ws: Word[] = [];
      while (t < layer.tokens.length && (layer.tokens[t]?.span.start ?? 0) < s.start) t++;
      while (t < layer.tokens.length && (layer.tokens[t]?.span.end ?? 0) <= s.end) {
        ws.push(toWord(doc.text, layer.tokens[t++] as never));
      }
      findQuantities(ws, resources.quantities, resources.months, out);
    }
    return out;
  },
});

/** Appends the quantities of one sentence's words to `out`. */
export function findQuantities(
  ws: readonly Word[],
  lex: QuantityLexicon,
  months: ReadonlyMap<string, number>,
  out: QuantityAnnotation[],
): void {
  let i = 0;
  while (i < ws.length) {
    const n = numberAt(ws, i, lex);
    if (!n || !isCount(ws, n, lex, months)) {
      i = n ? n.to : i + 1;
      continue;
    }
    const q = quantity(ws, n, lex);
    out.push(q.annotation);
    i = q.next;
  }
}

/** The whole quantity around a number: qualifier cue, range, post-qualifier, unit and counted phrase. */
function quantity(ws: readonly Word[], n: NumberMatch, lex: QuantityLexicon) {
  let { from, to } = n;
  let upper = n.upper;
  const range = rangeAfter(ws, n, lex);
  if (range) {
    upper = range.value ?? undefined;
    to = range.to;
  }
  let qualifier: Qualifier = n.value === null ? "several" : upper !== undefined ? "approx" : "exact";
  const start = ws[from - 1]?.lower ?? "";
  if (upper !== undefined && lex.rangeStarts.has(start)) from--;
  for (const c of lex.qualifiers) {
    if (n.value !== null && matchesBefore(ws, from, c.phrase)) {
      if (upper === undefined) qualifier = c.qualifier;
      from -= c.phrase.length;
      break;
    }
  }
  for (const c of lex.postQualifiers) {
    if (n.value !== null && upper === undefined && matchesAt(ws, to, c.phrase)) {
      qualifier = c.qualifier;
      to += c.phrase.length;
      break;
    }
  }
  const { unit, counted, end, begin } = whatItCounts(ws, from, to, lex);
  const annotation: QuantityAnnotation = {
    span: span((ws[begin] as Word).start, (ws[end - 1] as Word).end),
    value: n.value,
    qualifier,
    ...(upper !== undefined ? { upper } : {}),
    unit,
    counted: counted ? span((ws[counted[0]] as Word).start, (ws[counted[1] - 1] as Word).end) : null,
  };
  return { annotation, next: Math.max(end, counted ? counted[0] : end) };
}

/** "two to 25", "35 – 40", "between 30 and 35", "two or three": the upper end, when the words make a range. */
function rangeAfter(ws: readonly Word[], n: NumberMatch, lex: QuantityLexicon) {
  const joiner = ws[n.to];
  if (n.value === null || n.upper !== undefined || !joiner || !lex.rangeJoiners.has(joiner.lower))
    return null;
  if (joiner.lower === "and" && ws[n.from - 1]?.lower !== "between") return null;
  const second = numberAt(ws, n.to + 1, lex);
  if (!second || second.value === null || second.value <= n.value || second.upper !== undefined) return null;
  if (joiner.lower === "-" && !(joined(ws, n.to - 1) && joined(ws, n.to))) return null;
  return second;
}

/** The unit and counted phrase after a quantity, and the word range of the quantity itself. */
function whatItCounts(ws: readonly Word[], from: number, to: number, lex: QuantityLexicon) {
  let begin = from;
  let end = to;
  const before = ws[from - 1];
  if (before && lex.currencySymbols.has(before.lower)) {
    return { unit: "currency", counted: null, begin: from - 1, end };
  }
  const dash = ws[to]?.text === "-" ? 1 : 0;
  for (const age of lex.ageWords) {
    if (matchesAt(ws, to + dash, age))
      return { unit: "age", counted: null, begin, end: to + dash + age.length };
  }
  if (before?.text === "(" && ws[to]?.text === ")" && ws[from - 2]?.pos === "PROPN") {
    return { unit: "age", counted: null, begin, end };
  }
  const written = unitPhraseAt(ws, to, lex);
  if (written) return { unit: written[0], counted: null, begin, end: to + written[1] };
  if (ws[to]?.text === "-" && joined(ws, to - 1) && joined(ws, to) && ws[to + 1]?.pos === "NOUN") {
    // a compound modifier: "a nine-year sentence", "a three-day curfew"
    end = to + 2;
    return { unit: unitOf(ws[to + 1] as Word, lex), counted: null, begin, end };
  }
  const c = countedAt(ws, to, lex);
  if (!c) return { unit: null, counted: null, begin, end };
  begin = Math.min(begin, from);
  return { unit: c.unit, counted: [c.from, c.to] as [number, number], begin, end };
}

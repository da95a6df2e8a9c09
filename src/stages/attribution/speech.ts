// Reported speech in one sentence: a reporting verb with its speaker and the clause it reports, or "according to X".
import { type Span, span } from "../../model/span.js";
import type { AttributionLexicon } from "../../resources/attribution-lexicon.js";
import type { Quote } from "./quotes.js";
import { MAX_NP, npAfter, npBefore, withAppositions } from "./speaker.js";
import { CLOSING_QUOTES, matchesAt, OPENING_QUOTES, phraseAt, type Word } from "./words.js";

/** An attribution found in a sentence, before pronoun speakers are resolved. */
export interface Found {
  readonly span: Span;
  readonly cue: Span;
  /** Word range of the speaker in the sentence (inclusive). */
  readonly speaker: [number, number];
  readonly kind: "quote" | "reported" | "according_to" | "statement";
  readonly quote?: Quote | undefined;
}

export interface SentenceContext {
  readonly ws: readonly Word[];
  readonly lex: AttributionLexicon;
  readonly months: ReadonlyMap<string, number>;
  /** Quotes by the offset of their opening mark and of their end (after the closing mark). */
  readonly quoteAt: ReadonlyMap<number, Quote>;
  readonly quoteEnding: ReadonlyMap<number, Quote>;
}

/** How far a cue looks for the rest of its sentence (keeps the scan linear on run-on text). */
const LOOK = 40;
const VERBAL = new Set(["VERB", "AUX"]);

export function findSpeech(c: SentenceContext): Found[] {
  const out: Found[] = [];
  const { ws, lex } = c;
  for (let i = 0; i < ws.length; i++) {
    const according = phraseAt(ws, i, lex.accordingTo);
    if (according) {
      const f = accordingTo(c, i, according.length);
      if (f) out.push(f);
      continue;
    }
    if (isReportingVerb(c, i) && isReport(c, i)) {
      const f = reported(c, i);
      if (f) out.push(f);
    }
  }
  return out;
}

/** A reporting verb, also where the tagger took a past form for an adjective ("Prosecutors alleged that"). */
function isReportingVerb(c: SentenceContext, i: number): boolean {
  const w = c.ws[i] as Word;
  if (w.pos === "VERB") return c.lex.reportingVerbs.has(w.lemma);
  if (w.pos !== "ADJ" || c.ws[i + 1]?.lower !== "that" || !w.lower.endsWith("ed")) return false;
  return c.lex.reportingVerbs.has(w.lower.slice(0, -1)) || c.lex.reportingVerbs.has(w.lower.slice(0, -2));
}

/** A reporting verb used to report: not passive ("was reported"), not raising ("said to be"), not a noun modifier. */
function isReport(c: SentenceContext, i: number): boolean {
  const { ws, lex } = c;
  const w = ws[i] as Word;
  const prev = ws[i - 1];
  if (prev && (prev.lemma === "be" || prev.pos === "DET")) return false;
  if (ws[i + 1]?.lower === "to" && lex.raisingVerbs.has(w.lemma)) return false;
  if (w.lower.endsWith("ing") && !lex.sayingCues.some((p) => matchesAt(ws, i - 1, p))) return false;
  if (lex.needsThat.has(w.lemma)) return ws.slice(i + 1, i + 4).some((x) => x.lower === "that");
  return true;
}

/** "X said (that) …", "…, X said", "…, said X", "X told Y …", "X quoted Y as saying". */
function reported(c: SentenceContext, v: number): Found | null {
  const { ws, lex, months } = c;
  const cue = ws[v] as Word;
  let speaker: [number, number] | null = null;
  let after = v + 1;
  if (lex.sayingCues.some((p) => matchesAt(ws, v - 1, p))) {
    // "the BBC quoted Diana Eltahawy as saying": the speaker is the one quoted
    const quoted = ws.slice(Math.max(0, v - MAX_NP), v).findLastIndex((x) => x.lemma === "quote");
    if (quoted >= 0) speaker = npAfter(ws, Math.max(0, v - MAX_NP) + quoted + 1, v - 1, lex, months);
  }
  let inverted = false;
  if (!speaker && (ws[v - 1]?.text === "," || CLOSING_QUOTES.has(ws[v - 1]?.text ?? ""))) {
    // "…, said Mamataliev." / "…, says another press release issued by RAB-3."
    const np = npAfter(ws, v + 1, ws.length, lex, months);
    if (np && np[0] === v + 1 && restAfter(c, np[1] + 1) === null) {
      speaker = np;
      inverted = true;
    }
  }
  if (!speaker) {
    let k = skipAdjunctsBack(c, v - 1);
    if (ws[k]?.text === "," && k === v - 1) k--;
    speaker = npBefore(ws, k, lex, months);
    if (!speaker || speaker[1] !== k) return null;
    if (lex.objectVerbs.has(cue.lemma)) after = skipObject(c, v + 1);
  }
  const chain = withAppositions(ws, speaker, lex, months);
  const first = chain[0] as [number, number];
  const rest = inverted ? null : restAfter(c, after);
  const statement = isStatement(c, first[0], speaker[1], after);
  const kind = statement ? "statement" : "reported";
  const cueSpan = span(cue.start, cue.end);
  if (rest === null) {
    // postposed: the clause is what comes before the speaker
    const quote = quoteBefore(c, first[0]);
    if (quote) return { span: quote.inner, cue: cueSpan, speaker, kind: "quote", quote };
    let from = first[0];
    if (chain.length > 1 && !hasVerb(ws, 0, first[0])) from = (chain[1] as [number, number])[0];
    const end = clauseEnd(ws, from);
    if (end < 0 || !hasVerb(ws, 0, end + 1)) return null;
    return {
      span: span((ws[0] as Word).start, (ws[end] as Word).end),
      cue: cueSpan,
      speaker: chain.length > 1 && from !== first[0] ? [from, speaker[1]] : [first[0], speaker[1]],
      kind,
    };
  }
  const quote = c.quoteAt.get((ws[rest] as Word).start);
  if (quote && quote.outer.end >= lastEnd(ws) - 1)
    return { span: quote.inner, cue: cueSpan, speaker: [first[0], speaker[1]], kind: "quote", quote };
  return {
    span: span((ws[rest] as Word).start, lastEnd(ws)),
    cue: cueSpan,
    speaker: [first[0], speaker[1]],
    kind,
  };
}

/** "according to X, …" and "…, according to X". */
function accordingTo(c: SentenceContext, i: number, len: number): Found | null {
  const { ws, lex, months } = c;
  let s = i + len;
  const det = ws[s]?.pos === "DET" ? 1 : 0;
  const noun = phraseAt(ws, s + det, lex.statementNouns);
  if (noun && lex.sourceLinks.has(ws[s + det + noun.length]?.lower ?? "")) s += det + noun.length + 1;
  const speaker = npAfter(ws, s, ws.length, lex, months);
  if (!speaker || impersonal(c, speaker)) return null;
  const cue = span((ws[i] as Word).start, (ws[i + len - 1] as Word).end);
  const preposed =
    i === 0 ||
    (i <= 2 && ws.slice(0, i).every((w) => w.pos === "ADV" || w.pos === "CCONJ" || w.pos === "PUNCT"));
  if (preposed) {
    let k = speaker[1] + 1;
    while (k < ws.length && k < speaker[1] + LOOK && ws[k]?.text !== ",") k++;
    if (ws[k]?.text !== "," || k + 1 >= ws.length) return null;
    return { span: span((ws[k + 1] as Word).start, lastEnd(ws)), cue, speaker, kind: "according_to" };
  }
  let end = i - 1;
  if (ws[end]?.text === ",") end--;
  if (end < 0) return null;
  // "A, according to X, B": the source speaks for the whole sentence
  const to = ws.slice(speaker[1] + 1).some((w) => w.pos !== "PUNCT") ? lastEnd(ws) : (ws[end] as Word).end;
  return { span: span((ws[0] as Word).start, to), cue, speaker, kind: "according_to" };
}

/** "the results", "data": a source that names nobody. */
function impersonal(c: SentenceContext, np: [number, number]): boolean {
  const words = c.ws.slice(np[0], np[1] + 1).filter((w) => w.pos !== "DET");
  return words.length === 1 && c.lex.impersonalSources.has((words[0] as Word).lower);
}

/** Skips time phrases and adverbs between a speaker and its verb ("the NIA on Thursday said"). */
function skipAdjunctsBack(c: SentenceContext, k: number): number {
  const { ws, lex, months } = c;
  const start = k;
  while (k >= 0 && start - k < 6) {
    const w = ws[k] as Word;
    if (
      w.pos === "ADV" ||
      (w.pos === "AUX" && w.lemma !== "be") ||
      lex.timeWords.has(w.lower) ||
      months.has(w.lower)
    )
      k--;
    else if (w.pos === "NUM" && months.has(ws[k - 1]?.lower ?? "")) k--;
    else if ((w.lower === "on" || w.lower === "in") && k < start) k--;
    else break;
  }
  return k;
}

/** The first word after the hearer of "told Interfax that …" / "quoted X as saying". */
function skipObject(c: SentenceContext, k: number): number {
  const { ws } = c;
  for (let j = k; j < ws.length && j < k + 12; j++) {
    const w = ws[j] as Word;
    if (w.lower === "that" || w.text === ":" || OPENING_QUOTES.has(w.text)) return j;
    if (VERBAL.has(w.pos)) break;
  }
  const np = npAfter(ws, k, ws.length, c.lex, c.months);
  return np ? np[1] + 1 : k;
}

/**
 * The first word of the clause a cue reports, or null when nothing but adjuncts follows it
 * ("…, he said on Friday."): then the clause is before the speaker.
 */
function restAfter(c: SentenceContext, k: number): number | null {
  const { ws } = c;
  let j = k;
  while (j < ws.length && j < k + LOOK) {
    const w = ws[j] as Word;
    if (VERBAL.has(w.pos) || OPENING_QUOTES.has(w.text) || w.lower === "that" || w.text === ":") break;
    if (w.pos === "PRON" && w.lower !== "its" && w.lower !== "their") break;
    j++;
  }
  if (j >= ws.length) return null;
  if (j >= k + LOOK) return k;
  // the clause starts after "that", ":" or "," and at a quote or its subject
  let s = k;
  while (s < j && (ws[s]?.text === "," || ws[s]?.pos === "ADV")) s++;
  const adj = ws.slice(s, j).findIndex((w) => w.pos === "ADP");
  if (adj === 0) {
    const comma = ws.slice(s, j).findIndex((w) => w.text === ",");
    s = comma >= 0 ? s + comma + 1 : j;
  }
  if (ws[s]?.lower === "that" || ws[s]?.text === ":" || ws[s]?.text === ",") s++;
  if (ws[j]?.lower === "that" && j >= s) s = j + 1;
  return s < ws.length ? s : null;
}

/** The quote that ends right before the speaker ("“…,” Kurbedinov said"). */
function quoteBefore(c: SentenceContext, first: number): Quote | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const w = c.ws[k] as Word;
    const q = c.quoteEnding.get(w.end);
    if (q && CLOSING_QUOTES.has(w.text)) return q;
    if (w.text !== ",") return undefined;
  }
  return undefined;
}

/** The last word of the clause before a postposed speaker (before its comma). */
function clauseEnd(ws: readonly Word[], first: number): number {
  let end = first - 1;
  while (end >= 0 && (ws[end]?.text === "," || ws[end]?.pos === "CCONJ")) end--;
  return end;
}

function hasVerb(ws: readonly Word[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - LOOK); k < to; k++) if (VERBAL.has((ws[k] as Word).pos)) return true;
  return false;
}

/** "in a statement", "on its website", or a speaker that is a statement ("the statement says"). */
function isStatement(c: SentenceContext, from: number, to: number, after: number): boolean {
  const { ws, lex } = c;
  if (phraseAt(ws, to, lex.statementNouns) && to === from) return true;
  if (lex.statementNouns.some((p) => matchesAt(ws, to - p.length + 1, p))) return true;
  for (const k of [from - 3, after, after + 1]) {
    if ((ws[k]?.lower === "in" || ws[k]?.lower === "on") && phraseAt(ws, k + 2, lex.statementNouns))
      return true;
  }
  return false;
}

function lastEnd(ws: readonly Word[]): number {
  let e = ws.length - 1;
  while (e > 0 && ws[e]?.pos === "PUNCT" && !CLOSING_QUOTES.has(ws[e]?.text ?? "")) e--;
  return (ws[e] as Word).end;
}

// A sentence as a list of tokens with their text, lower-cased form, lemma and part of speech:
// the view the event rules work on.
import type { Document } from "../../model/document.js";
import type { Span } from "../../model/span.js";

export interface Tok {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string;
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly toks: readonly Tok[];
  /** Index of the paragraph (text between blank lines) the sentence is in. */
  readonly paragraph: number;
}

/**
 * The body's sentences with their tokens (tokens are in text order, so one merge pass suffices).
 * A word of `personNouns` the tagger took for a verb inside a noun phrase ("four terrorism
 * suspects.") is a noun.
 */
export function sentenceViews(doc: Document, personNouns: ReadonlySet<string> = new Set()): Sentence[] {
  const layer = doc.layers.sentences;
  if (!layer) return [];
  const out: Sentence[] = [];
  let t = 0;
  let paragraph = 0;
  let prevEnd = -1;
  for (const [index, s] of layer.sentences.entries()) {
    if (prevEnd >= 0 && /\n\s*\n/u.test(doc.text.slice(prevEnd, s.start))) paragraph++;
    prevEnd = s.end;
    while (t < layer.tokens.length && (layer.tokens[t] as { span: Span }).span.start < s.start) t++;
    const toks: Tok[] = [];
    while (t < layer.tokens.length && (layer.tokens[t] as { span: Span }).span.end <= s.end) {
      const tok = layer.tokens[t] as (typeof layer.tokens)[number];
      const text = doc.text.slice(tok.span.start, tok.span.end);
      const lower = text.toLowerCase().replace(/[’‘]/gu, "'");
      toks.push({
        i: toks.length,
        start: tok.span.start,
        end: tok.span.end,
        text,
        lower,
        lemma: (tok.lemma ?? lower).toLowerCase(),
        pos: tok.pos ?? "X",
      });
      t++;
    }
    out.push({ index, span: s, toks: retagNouns(toks, personNouns), paragraph });
  }
  return out;
}

/** Objects, clauses and names that a verb would take after it: a word followed by none may be a noun. */
const VERB_FOLLOWERS = new Set(["DET", "PRON", "SCONJ", "NOUN", "PROPN", "NUM", "ADJ"]);

function retagNouns(toks: Tok[], personNouns: ReadonlySet<string>): Tok[] {
  if (!personNouns.size) return toks;
  return toks.map((t, i) => {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const inPhrase =
      t.pos === "VERB" &&
      personNouns.has(t.lower) &&
      !!prev &&
      /^(?:NOUN|ADJ|NUM)$/u.test(prev.pos) &&
      !VERB_FOLLOWERS.has(next?.pos ?? "");
    return inPhrase ? { ...t, pos: "NOUN" } : t;
  });
}

/** Does the sentence contain the words of `phrase` (lower-cased, space-separated) at token `at`? */
export function phraseAt(toks: readonly Tok[], at: number, phrase: readonly string[]): number {
  let k = at;
  for (const w of phrase) {
    const tok = toks[k];
    if (!tok || (tok.lower !== w && tok.lemma !== w)) return -1;
    k++;
  }
  return k;
}

/** The first token index ≥ `from` where `phrase` (space-separated) starts, or -1. */
export function findPhrase(toks: readonly Tok[], phrase: string, from = 0, to = toks.length): number {
  const words = phrase.split(" ");
  for (let i = from; i < to; i++) if (phraseAt(toks, i, words) >= 0) return i;
  return -1;
}

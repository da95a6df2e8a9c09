// Sentences, tokens, parts of speech and lemmas of the body zones, from wink-nlp's English model.
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { SentencesLayer, Token } from "../../model/document.js";
import { type Span, span } from "../../model/span.js";
import { defineStage } from "../stage.js";

/** One wink-nlp instance for the process: the model is loaded once (≈ 100 ms), never downloaded. */
let nlp: ReturnType<typeof winkNLP> | undefined;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * Very long inputs go to wink-nlp in pieces of at most this many characters, cut at a line break,
 * else after a sentence stop, else at a space, so one pathological file cannot hold the memory of
 * a whole-document token array at once.
 */
export const WINDOW = 200_000;

/** [start, end) windows covering [from, to) of `text`, each at most `size` long (unless no cut exists). */
export function windows(text: string, from: number, to: number, size = WINDOW): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (to - start > size) {
    const limit = start + size;
    const chunk = text.slice(start, limit);
    const cut = [chunk.lastIndexOf("\n"), lastStop(chunk), chunk.lastIndexOf(" ")].find((i) => i > size / 4);
    const end = cut === undefined ? limit : start + cut + 1;
    out.push([start, end]);
    start = end;
  }
  if (start < to) out.push([start, to]);
  return out;
}

function lastStop(chunk: string): number {
  for (let i = chunk.length - 2; i > 0; i--) {
    if (/[.!?]/.test(chunk[i] as string) && /\s/.test(chunk[i + 1] as string)) return i + 1;
  }
  return -1;
}

/** Longer runs of non-space characters than this (base64, minified code, a URL) are one opaque token. */
export const MAX_WORD = 1000;

/**
 * A window cut around runs of more than MAX_WORD non-space characters: wink-nlp's time grows
 * faster than linearly on one unbroken run (100,000 characters took 30 s), and such a run is no
 * word of a sentence.
 */
export function pieces(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; opaque: boolean }[] {
  const out: { start: number; end: number; opaque: boolean }[] = [];
  const long = new RegExp(`\\S{${MAX_WORD + 1},}`, "gu");
  let at = start;
  for (const m of text.slice(start, end).matchAll(long)) {
    const runStart = start + m.index;
    if (runStart > at) out.push({ start: at, end: runStart, opaque: false });
    out.push({ start: runStart, end: runStart + m[0].length, opaque: true });
    at = runStart + m[0].length;
  }
  if (at < end) out.push({ start: at, end, opaque: false });
  return out;
}

/**
 * Tokenises one window. wink-nlp's tokenisation is lossless (each token's preceding spaces plus
 * its value rebuild the input), so character offsets come from summing their lengths.
 */
function analyseWindow(text: string, start: number, end: number, sentences: Span[], tokens: Token[]): void {
  const { its } = engine();
  const wdoc = engine().readDoc(text.slice(start, end));
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  // wink-nlp types its.lemma with an addons parameter the token collection never passes.
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let at = start;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] as string).length;
    starts[i] = at;
    at += (values[i] as string).length;
    ends[i] = at;
  }
  const index: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    if (pos[i] === "SPACE" || !(values[i] as string).trim()) continue;
    index[i] = tokens.length;
    tokens.push({ span: span(starts[i] as number, ends[i] as number), pos: pos[i], lemma: lemmas[i] });
  }
  for (const [a, b] of wdoc.sentences().out(its.span) as [number, number][]) {
    let s = a;
    let e = b;
    while (s <= e && index[s] === -1) s++;
    while (e >= s && index[e] === -1) e--;
    if (s > e) continue;
    // wink-nlp keeps a paragraph break inside a sentence when no stop ends the line (a heading,
    // a list item): a blank line always ends a sentence here.
    let from = s;
    for (let i = s; i <= e; i++) {
      if (pos[i] === "SPACE" && /\n\s*\n/.test((spaces[i] as string) + (values[i] as string))) {
        pushSentence(from, i - 1);
        from = i + 1;
      } else if (/\n\s*\n/.test(spaces[i] as string) && i > from) {
        pushSentence(from, i - 1);
        from = i;
      }
    }
    pushSentence(from, e);
  }
  function pushSentence(a: number, b: number): void {
    while (a <= b && index[a] === -1) a++;
    while (b >= a && index[b] === -1) b--;
    if (a <= b) sentences.push(span(starts[a] as number, ends[b] as number));
  }
}

export const sentences = defineStage({
  name: "sentences",
  version: "0.2.1",
  requires: ["zones"],
  provides: "sentences",
  run(doc): SentencesLayer {
    const out: Span[] = [];
    const tokens: Token[] = [];
    const body = doc.layers.zones?.zones.filter((z) => z.kind === "body") ?? [];
    for (const zone of body) {
      for (const [start, end] of windows(doc.text, zone.span.start, zone.span.end)) {
        for (const piece of pieces(doc.text, start, end)) {
          if (piece.opaque) tokens.push({ span: span(piece.start, piece.end), pos: "X", lemma: "" });
          else analyseWindow(doc.text, piece.start, piece.end, out, tokens);
        }
      }
    }
    return { sentences: out, tokens };
  },
});

/** A bare wink-nlp tokenise + POS pass over `text` (the benchmark's baseline): the token count. */
export function winkBaseline(text: string): number {
  const { its } = engine();
  const wdoc = engine().readDoc(text);
  return (wdoc.tokens().out(its.pos) as string[]).length;
}

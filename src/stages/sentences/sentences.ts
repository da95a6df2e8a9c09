// Sentences and tokens (first version): ICU's segmenter over the body zones, one bounded window at a time.
import type { SentencesLayer, Token } from "../../model/document.js";
import { type Span, span } from "../../model/span.js";
import { defineStage } from "../stage.js";

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/**
 * ICU's segmenter slows down quadratically with the length of its input (a 600 KB line took
 * minutes), so text goes to it in windows of at most this many characters, cut at a line break,
 * else after a sentence stop, else at a space.
 */
export const WINDOW = 4000;

/** [start, end) windows covering [from, to) of `text`, each at most WINDOW long (unless no cut exists). */
export function windows(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (to - start > WINDOW) {
    const limit = start + WINDOW;
    const chunk = text.slice(start, limit);
    const cut = [chunk.lastIndexOf("\n"), lastStop(chunk), chunk.lastIndexOf(" ")].find(
      (i) => i > WINDOW / 4,
    );
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

function segmentWindow(text: string, start: number, end: number, out: Span[], tokens: Token[]): void {
  const slice = text.slice(start, end);
  for (const s of sentenceSegmenter.segment(slice)) {
    const trimmed = s.segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim()) out.push(span(start + s.index + lead, start + s.index + trimmed.length));
  }
  for (const w of wordSegmenter.segment(slice)) {
    if (w.segment.trim()) tokens.push({ span: span(start + w.index, start + w.index + w.segment.length) });
  }
}

export const sentences = defineStage({
  name: "sentences",
  version: "0.1.1",
  requires: ["zones"],
  provides: "sentences",
  run(doc): SentencesLayer {
    const out: Span[] = [];
    const tokens: Token[] = [];
    const body = doc.layers.zones?.zones.filter((z) => z.kind === "body") ?? [];
    for (const zone of body) {
      for (const [start, end] of windows(doc.text, zone.span.start, zone.span.end)) {
        segmentWindow(doc.text, start, end, out, tokens);
      }
    }
    return { sentences: out, tokens };
  },
});

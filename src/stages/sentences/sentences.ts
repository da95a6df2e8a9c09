// Sentences and tokens (first version): ICU's segmenter over the body zones.
import type { SentencesLayer, Token } from "../../model/document.js";
import { type Span, span } from "../../model/span.js";
import { defineStage } from "../stage.js";

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

export const sentences = defineStage({
  name: "sentences",
  version: "0.1.0",
  requires: ["zones"],
  provides: "sentences",
  run(doc): SentencesLayer {
    const out: Span[] = [];
    const tokens: Token[] = [];
    const body = doc.layers.zones?.zones.filter((z) => z.kind === "body") ?? [];
    for (const zone of body) {
      const slice = doc.text.slice(zone.span.start, zone.span.end);
      for (const s of sentenceSegmenter.segment(slice)) {
        const trimmed = s.segment.trimEnd();
        const lead = trimmed.length - trimmed.trimStart().length;
        if (trimmed.trim())
          out.push(span(zone.span.start + s.index + lead, zone.span.start + s.index + trimmed.length));
      }
      for (const w of wordSegmenter.segment(slice)) {
        if (w.segment.trim()) {
          const start = zone.span.start + w.index;
          tokens.push({ span: span(start, start + w.segment.length) });
        }
      }
    }
    return { sentences: out, tokens };
  },
});

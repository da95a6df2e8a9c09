// The attribution stage: who says each clause (direct quotes, reported speech, "according to"), nested sources, pronoun speakers resolved.
import type {
  AttributionAnnotation,
  Document,
  EntityAnnotation,
  SentencesLayer,
} from "../../model/document.js";
import { type Span, span } from "../../model/span.js";
import type { Resources } from "../../resources/resources.js";
import { defineStage } from "../stage.js";
import { findPosts } from "./posts.js";
import { findQuotes, type Quote } from "./quotes.js";
import { type Found, findSpeech } from "./speech.js";
import { toWord, type Word } from "./words.js";

export { type SourceOf, sourceOf } from "./source-of.js";

/** A quote with no speaker of its own inherits the previous one's when it starts this close after it. */
const INHERIT_WITHIN = 400;
/** "he said" refers to a speaker named this many sentences before, rather than to a nearer entity. */
const RECENT_SENTENCES = 1;

export const attribution = defineStage({
  name: "attribution",
  version: "1.1.0",
  requires: ["sentences", "entities"],
  provides: "attribution",
  run(doc, resources): AttributionAnnotation[] {
    const layer = doc.layers.sentences as SentencesLayer;
    const quotes = bodyQuotes(doc);
    const quoteAt = new Map(quotes.map((q) => [q.outer.start, q]));
    const quoteEnding = new Map(quotes.map((q) => [q.outer.end, q]));
    const used = new Set<Quote>();
    const out: AttributionAnnotation[] = [];
    const resolver = new Speakers(doc, doc.layers.entities ?? [], resources);
    let t = 0;
    for (const [n, s] of layer.sentences.entries()) {
      const ws: Word[] = [];
      while (t < layer.tokens.length && (layer.tokens[t]?.span.start ?? 0) < s.start) t++;
      while (t < layer.tokens.length && (layer.tokens[t]?.span.end ?? 0) <= s.end) {
        ws.push(toWord(doc.text, layer.tokens[t++] as never));
      }
      const found = findSpeech({
        ws,
        lex: resources.attribution,
        months: resources.months,
        quoteAt,
        quoteEnding,
      });
      for (const f of found) {
        const a = resolver.annotate(f, ws, n);
        if (!a) continue;
        out.push(a);
        if (f.quote) used.add(f.quote);
      }
    }
    const months = [...resources.months.keys()];
    for (const z of doc.layers.zones?.zones ?? []) {
      if (z.kind === "body") out.push(...findPosts(doc.text, z.span.start, z.span.end, months));
    }
    return inheritQuotes(out, quotes, used);
  },
});

/** Quotes in the body zones. */
function bodyQuotes(doc: Document): Quote[] {
  const body = doc.layers.zones?.zones.filter((z) => z.kind === "body") ?? [];
  return body.flatMap((z) => findQuotes(doc.text, z.span.start, z.span.end));
}

/** Names the speaker of each found attribution; a pronoun becomes the entity or named speaker it refers to. */
class Speakers {
  private lastNamed: { source: string; speaker: Span; sentence: number } | null = null;
  constructor(
    private readonly doc: Document,
    private readonly entities: readonly EntityAnnotation[],
    private readonly resources: Resources,
  ) {}

  annotate(f: Found, ws: readonly Word[], sentence: number): AttributionAnnotation | null {
    const first = ws[f.speaker[0]] as Word;
    const last = ws[f.speaker[1]] as Word;
    const base = { span: f.span, cue: f.cue, kind: f.kind };
    const types =
      first === last && first.pos === "PRON"
        ? this.resources.attribution.pronouns.get(first.lower)
        : undefined;
    if (!types) {
      const speaker = span(first.start, last.end);
      const source = this.doc.text.slice(speaker.start, speaker.end).replace(/\s+/gu, " ");
      this.lastNamed = { source, speaker, sentence };
      return { ...base, source, speaker };
    }
    const named = this.lastNamed;
    const entity = this.nearestEntity(first.start, types);
    // a speaker named in this or the sentence before goes on speaking; else the nearest entity
    const recent = named && sentence - named.sentence <= RECENT_SENTENCES;
    if (entity && !recent && (!named || entity.at.start > named.speaker.start)) {
      return { ...base, source: entity.name, speaker: entity.at };
    }
    return named ? { ...base, source: named.source, speaker: named.speaker } : null;
  }

  /** The entity of one of `types` mentioned last before `before`. */
  private nearestEntity(before: number, types: readonly string[]): { name: string; at: Span } | null {
    let best: { name: string; at: Span } | null = null;
    for (const e of this.entities) {
      if (!types.includes(e.type)) continue;
      for (const m of e.spans) {
        if (m.end <= before && (!best || m.start > best.at.start)) best = { name: e.name, at: m };
      }
    }
    return best;
  }
}

/**
 * A quote no cue claimed, when it follows an attribution closely (a quote running over several
 * sentences or paragraphs, "“…,” he said. “…”"), keeps that speaker.
 */
function inheritQuotes(
  found: AttributionAnnotation[],
  quotes: readonly Quote[],
  used: ReadonlySet<Quote>,
): AttributionAnnotation[] {
  const out = [...found].sort((a, b) => a.span.start - b.span.start);
  for (const q of quotes) {
    if (used.has(q) || out.some((a) => a.span.start <= q.inner.start && q.inner.end <= a.span.end)) continue;
    const prev = out.findLast((a) => a.span.end <= q.outer.start);
    if (!prev || q.outer.start - prev.span.end > INHERIT_WITHIN) continue;
    out.push({
      span: q.inner,
      source: prev.source,
      cue: span(q.outer.start, q.outer.start + 1),
      speaker: prev.speaker ?? null,
      kind: "quote",
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

// The document's layers cut by sentence once, so that each mention looks only at its own
// sentence's times, quantities, places, entities and attributions (linear in the document).
import type { EntityAnnotation } from "../../model/document.js";
import { bySpan, type Span } from "../../model/span.js";
import type { Context } from "./mentions.js";
import type { Sentence } from "./tokens.js";

/** One Context per sentence, holding only the annotations that overlap it. */
export function contextsBySentence(ctx: Context, sentences: readonly Sentence[]): Context[] {
  const spans = sentences.map((s) => s.span);
  const times = bySpan(spans, ctx.times, (t) => t.span);
  const quantities = bySpan(spans, ctx.quantities, (q) => q.span);
  const places = bySpan(spans, ctx.places, (p) => p.span);
  const attribution = bySpan(spans, ctx.attribution, (a) => a.span);
  const mentions = bySpan(
    spans,
    ctx.entities.flatMap((entity) => entity.spans.map((span) => ({ entity, span }))),
    (m) => m.span,
  );
  return sentences.map((_, i) => {
    // each entity of the sentence, with only its spans in the sentence
    const entities = new Map<EntityAnnotation, Span[]>();
    for (const { entity, span } of mentions[i] as { entity: EntityAnnotation; span: Span }[]) {
      entities.set(entity, [...(entities.get(entity) ?? []), span]);
    }
    return {
      ...ctx,
      times: times[i] as Context["times"],
      quantities: quantities[i] as Context["quantities"],
      places: places[i] as Context["places"],
      attribution: attribution[i] as Context["attribution"],
      entities: [...entities].map(([e, spans]) => ({ ...e, spans })),
    };
  });
}

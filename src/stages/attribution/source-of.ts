// Who says a span: the innermost attribution around it, for the events and figures stages.
import type { AttributionAnnotation } from "../../model/document.js";
import type { Span } from "../../model/span.js";

export interface SourceOf {
  readonly annotation: AttributionAnnotation;
  readonly source: string;
  readonly kind: string;
}

/**
 * The innermost attribution whose clause contains `s`; failing that, the smallest one that covers
 * more than half of it (an evidence span that starts with its speaker: "X claimed to have killed…").
 * null means the author's own voice.
 */
export function sourceOf(attribution: readonly AttributionAnnotation[], s: Span): SourceOf | null {
  let best: AttributionAnnotation | null = null;
  let bestPartial: AttributionAnnotation | null = null;
  const size = (a: AttributionAnnotation) => a.span.end - a.span.start;
  for (const a of attribution) {
    if (a.span.start <= s.start && s.end <= a.span.end) {
      if (!best || size(a) < size(best)) best = a;
    } else {
      const covered = Math.min(a.span.end, s.end) - Math.max(a.span.start, s.start);
      if (covered * 2 > s.end - s.start && (!bestPartial || size(a) < size(bestPartial))) bestPartial = a;
    }
  }
  const a = best ?? bestPartial;
  return a ? { annotation: a, source: a.source, kind: a.kind ?? "reported" } : null;
}

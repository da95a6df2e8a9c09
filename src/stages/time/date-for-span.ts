// The events stage's question to the times layer: which time expression dates this evidence?
import type { TimeAnnotation } from "../../model/document.js";
import type { Span } from "../../model/span.js";

/**
 * The time annotation that dates an event stated by `evidence`, or null.
 *
 * Contract:
 * - Only DATE and TIME annotations count (durations and sets never date an event).
 * - With `sentences`, the candidates are the annotations inside the sentence that contains
 *   `evidence.start` (the evidence's own sentence); without, those overlapping `evidence`.
 * - Of those, the nearest to the evidence wins: distance 0 for one overlapping it, else the
 *   characters between them; a tie goes to the earlier one.
 * - An annotation whose value is null is returned like any other ("on Friday" without a
 *   document date): the event then has date text and a null value.
 * - `times` must be in text order (as the stage gives them); the result is one of its elements.
 */
export function dateForSpan(
  times: readonly TimeAnnotation[],
  evidence: Span,
  sentences?: readonly Span[],
): TimeAnnotation | null {
  const sentence = sentences?.find((s) => s.start <= evidence.start && evidence.start < s.end);
  const lo = sentence ? sentence.start : evidence.start;
  const hi = sentence ? Math.max(sentence.end, evidence.end) : evidence.end;
  let best: TimeAnnotation | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of times) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const inside = sentence ? t.span.start >= lo && t.span.end <= hi : t.span.start < hi && lo < t.span.end;
    if (!inside) continue;
    const distance = Math.max(0, t.span.start - evidence.end, evidence.start - t.span.end);
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

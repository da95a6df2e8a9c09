// Time expressions found but not yet valued: what each means before the anchor and the narrative give it a date.
import type { TIME_TYPES } from "../../model/document.js";

export type TimeType = (typeof TIME_TYPES)[number];

/** What an expression says, in terms the resolver can turn into a value. */
export type Meaning =
  /** A value known from the words alone (a duration, a set, a year), or null. */
  | { readonly kind: "fixed"; readonly value: string | null }
  /** Calendar parts the words give; without a year the narrative or the anchor supplies it. */
  | { readonly kind: "date"; readonly y: number | null; readonly m: number | null; readonly d: number | null }
  /** A weekday: shift -1 "last", 1 "next", 0 "this" or bare (past unless a future cue is near). */
  | { readonly kind: "weekday"; readonly weekday: number; readonly shift: number }
  /** A month with "last", "this" or "next". */
  | { readonly kind: "month"; readonly m: number; readonly shift: number }
  /** A month of the year `n` years from the anchor's ("August of last year"). */
  | { readonly kind: "monthOfYear"; readonly m: number; readonly n: number }
  /** `n` units from the anchor: "yesterday" (day, -1), "last week" (week, -1), "two years ago" (year, -2). */
  | {
      readonly kind: "offset";
      readonly unit: "day" | "week" | "weekend" | "month" | "year";
      readonly n: number;
    };

export interface Candidate {
  start: number;
  end: number;
  readonly type: TimeType;
  readonly rule: string;
  readonly meaning: Meaning;
  /** It names no point of the calendar ("recently", "days after"): see `TimeAnnotation.vague`. */
  readonly vague?: boolean;
  /** Breaks ties between overlapping candidates of equal length (higher wins). */
  readonly priority: number;
}

export const fixed = (value: string | null): Meaning => ({ kind: "fixed", value });

/**
 * Keeps non-overlapping candidates: the longer one wins an overlap, then the higher priority, then
 * the earlier. Returns them in text order.
 */
export function mergeCandidates(all: readonly Candidate[]): Candidate[] {
  const ranked = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Candidate).start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

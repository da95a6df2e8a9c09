// Spans: stand-off annotations, offsets into a Document's normalised text.

/** A half-open range [start, end) of UTF-16 code units in the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the first of `spans` (in text order, not overlapping) whose end is after `at`. */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Puts each item in the bucket of every one of `spans` (in text order, not overlapping: the
 * sentences) that its span overlaps, so a stage can look at one sentence's annotations without
 * scanning the whole document for each.
 */
export function bySpan<T>(spans: readonly Span[], items: readonly T[], spanOf: (t: T) => Span): T[][] {
  const out: T[][] = spans.map(() => []);
  for (const item of items) {
    const sp = spanOf(item);
    for (let i = firstEndingAfter(spans, sp.start); i < spans.length; i++) {
      if ((spans[i] as Span).start >= sp.end) break;
      (out[i] as T[]).push(item);
    }
  }
  return out;
}

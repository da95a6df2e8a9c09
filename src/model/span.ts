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

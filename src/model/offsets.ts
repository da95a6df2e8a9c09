// The map from offsets in a document's normalised text back to offsets in its original text.

/**
 * A piecewise map from normalised offsets to original offsets. Each segment says: normalised
 * offsets [norm, norm + length) come from original offsets [orig, orig + length) one to one
 * (copied), or, when `replaced` is set, from the original range [orig, orig + origLength) as a
 * whole (a CRLF folded to LF, an entity decoded, a soft hyphen dropped).
 */
export interface OffsetSegment {
  norm: number;
  orig: number;
  length: number;
  origLength: number;
}

export class OffsetMap {
  private readonly segments: readonly OffsetSegment[];
  readonly normLength: number;
  readonly origLength: number;

  constructor(segments: readonly OffsetSegment[], normLength: number, origLength: number) {
    this.segments = segments;
    this.normLength = normLength;
    this.origLength = origLength;
  }

  /** The identity map of a text of `length` code units. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([{ norm: 0, orig: 0, length, origLength: length }], length, length);
  }

  /** The original offset of normalised offset `n` (0 ≤ n ≤ normLength). */
  toOriginal(n: number): number {
    if (n < 0 || n > this.normLength) throw new RangeError(`offset ${n} outside 0..${this.normLength}`);
    if (n === this.normLength) return this.origLength;
    const seg = this.segmentAt(n);
    if (seg.length === seg.origLength) return seg.orig + (n - seg.norm);
    // a replaced segment: its inside maps to its start, as no finer correspondence exists
    return n === seg.norm ? seg.orig : Math.min(seg.orig + (n - seg.norm), seg.orig + seg.origLength);
  }

  /** The original range of normalised range [start, end). */
  rangeToOriginal(start: number, end: number): [number, number] {
    if (start === end) {
      const o = this.toOriginal(start);
      return [o, o];
    }
    const seg = this.segmentAt(end - 1);
    const lastEnd = seg.length === seg.origLength ? seg.orig + (end - seg.norm) : seg.orig + seg.origLength;
    return [this.toOriginal(start), lastEnd];
  }

  private segmentAt(n: number): OffsetSegment {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.segments[mid] as OffsetSegment).norm <= n) lo = mid;
      else hi = mid - 1;
    }
    return this.segments[lo] as OffsetSegment;
  }
}

/** Builds a normalised text and its OffsetMap while walking an original text left to right. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: OffsetSegment[] = [];
  private norm = 0;

  /** Appends original[origStart, origStart + text.length) unchanged. */
  copy(text: string, origStart: number): void {
    if (!text) return;
    this.push({ norm: this.norm, orig: origStart, length: text.length, origLength: text.length }, text);
  }

  /** Appends `text` in place of original[origStart, origStart + origLength). */
  replace(text: string, origStart: number, origLength: number): void {
    if (!text) return;
    this.push({ norm: this.norm, orig: origStart, length: text.length, origLength }, text);
  }

  build(origLength: number): { text: string; offsets: OffsetMap } {
    const text = this.parts.join("");
    return { text, offsets: new OffsetMap(this.segments, text.length, origLength) };
  }

  private push(seg: OffsetSegment, text: string): void {
    const last = this.segments[this.segments.length - 1];
    const contiguous =
      last &&
      last.length === last.origLength &&
      seg.length === seg.origLength &&
      last.orig + last.origLength === seg.orig;
    if (contiguous) {
      last.length += seg.length;
      last.origLength += seg.origLength;
    } else {
      this.segments.push(seg);
    }
    this.parts.push(text);
    this.norm += text.length;
  }
}

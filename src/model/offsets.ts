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

  /**
   * The map of a text made in two steps: `inner` maps text B back to text A, `outer` maps text C
   * back to B; the result maps C back to A. Copied runs of `outer` are split where `inner`'s
   * segments split; a replaced segment of `outer` maps to the A range of its whole B range.
   */
  static compose(inner: OffsetMap, outer: OffsetMap): OffsetMap {
    if (outer.origLength !== inner.normLength)
      throw new RangeError(
        `cannot compose: outer maps to ${outer.origLength}, inner from ${inner.normLength}`,
      );
    const segments: OffsetSegment[] = [];
    for (const seg of outer.segments) {
      if (seg.length !== seg.origLength) {
        const [start, end] = inner.rangeToOriginal(seg.orig, seg.orig + seg.origLength);
        pushSegment(segments, { norm: seg.norm, orig: start, length: seg.length, origLength: end - start });
        continue;
      }
      for (let mid = seg.orig; mid < seg.orig + seg.length; ) {
        const at = inner.segmentAt(mid);
        const end = Math.min(seg.orig + seg.length, at.norm + at.length);
        const norm = seg.norm + (mid - seg.orig);
        const [o0, o1] =
          at.length === at.origLength
            ? [at.orig + (mid - at.norm), at.orig + (end - at.norm)]
            : inner.rangeToOriginal(mid, end);
        pushSegment(segments, { norm, orig: o0, length: end - mid, origLength: o1 - o0 });
        mid = end;
      }
    }
    return new OffsetMap(segments, outer.normLength, inner.origLength);
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

/** Appends `seg`, merging it into the last segment when both are copies and contiguous. */
function pushSegment(segments: OffsetSegment[], seg: OffsetSegment): void {
  if (seg.length === 0) return;
  const last = segments[segments.length - 1];
  const contiguous =
    last &&
    last.length === last.origLength &&
    seg.length === seg.origLength &&
    last.orig + last.origLength === seg.orig;
  if (contiguous) {
    last.length += seg.length;
    last.origLength += seg.origLength;
  } else segments.push(seg);
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
    pushSegment(this.segments, seg);
    this.parts.push(text);
    this.norm += text.length;
  }
}

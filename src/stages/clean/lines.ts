// Lines of a plain text with their offsets, and the shape cues the zoner reads from them.

export interface Line {
  /** Offsets of the trimmed line in the document text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A blank line (or the text's edge) comes right before / after it. */
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
}

/** The non-blank lines of `text` from `from` on, trimmed, with their offsets. */
export function splitLines(text: string, from = 0): Line[] {
  const raw: { start: number; end: number; text: string }[] = [];
  const gaps: boolean[] = [];
  let blank = true;
  for (let i = from; i <= text.length; ) {
    let nl = text.indexOf("\n", i);
    if (nl < 0) nl = text.length;
    const row = text.slice(i, nl);
    const t = row.trim();
    if (t) {
      const lead = row.length - row.trimStart().length;
      raw.push({ start: i + lead, end: i + lead + t.length, text: t });
      gaps.push(blank);
      blank = false;
    } else blank = true;
    i = nl + 1;
  }
  return raw.map((r, k) => ({
    ...r,
    blankBefore: gaps[k] ?? true,
    blankAfter: k + 1 < raw.length ? (gaps[k + 1] ?? true) : true,
  }));
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Ends like a sentence: a stop, question or exclamation mark, maybe inside closing quotes or brackets. */
export function endsWithStop(s: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(s);
}

/** Short and without a final stop: the shape of menu items, headlines and labels. */
export function isLabel(s: string, maxWords = 8): boolean {
  return wordCount(s) <= maxWords && !endsWithStop(s);
}

/** Most longer words begin with a capital letter: the shape of a headline in title case. */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** A person's name as a line of its own: two to four capitalised words. */
export function isNameLine(s: string): boolean {
  return /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3}$/u.test(s);
}

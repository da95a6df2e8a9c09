// Hard-wrap repair: lines a PDF extraction broke mid-sentence are joined again, offsets kept.
import { type OffsetMap, TextBuilder } from "../model/offsets.js";
import { keepsHyphen, WordIndex } from "./unwrap-hyphen.js";

/** A non-blank line: where it starts, where its text starts and ends (spaces at either end aside). */
interface Line {
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  /** A blank line separates it from the previous non-blank line (or it is the first). */
  readonly gapBefore: boolean;
}

/** How the break after a line is repaired: one space, nothing (a hyphen kept), or the hyphen dropped too. */
type Join = "space" | "glue" | "dehyphenate";

export interface Unwrapped {
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly joins: number;
}

/** A text looks hard-wrapped when it has this many lines, wrapped at a width in this range, … */
const MIN_LINES = 5;
const MIN_WIDTH = 30;
const MAX_WIDTH = 160;
/** … and at least these shares of its lines run to near the width, end without a stop, start in lower case. */
const MIN_FULL_SHARE = 0.6;
const MIN_OPEN_SHARE = 0.5;
const MIN_LOWER_START_SHARE = 0.2;
/** A line shorter than this share of the width ended its paragraph (or is a heading). */
const FULL_LINE = 0.6;
/** A line shorter than this share, with blank lines around it and no stop, is a heading. */
const HEADING_LINE = 0.4;

const SPACES = new Set([" ", "\t", "\f", "\u00a0"]);
/** Directional marks, ignored when looking at the ends of a line (Arabic quoted in English). */
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const STOPS = new Set([".", "!", "?", "…", "\u061f", "\u06d4", "。", "！", "？"]);
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);
/** Line ends after which the next line follows with no space: a hyphen, a dash, a slash. */
const GLUED_ENDS = new Set(["-", "\u2010", "\u2013", "\u2014", "/"]);
const LIST_ITEM = /^(?:[-*•·▪◦‣]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
const LETTER = /[\p{L}\p{M}]/u;
/** Words of four letters or more; a line with this share of them capitalised is a headline. */
const TITLE_WORD = /\p{L}{4,}/gu;
const TITLE_SHARE = 0.75;

const isLower = (ch: string): boolean => ch !== ch.toUpperCase();
const lineWidth = (line: Line): number => line.contentEnd - line.start;

/** The non-blank lines of `text`, in one pass. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let gap = true;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    let contentStart = start;
    while (contentStart < end && SPACES.has(text[contentStart] as string)) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && SPACES.has(text[contentEnd - 1] as string)) contentEnd--;
    if (contentEnd > contentStart) lines.push({ start, contentStart, contentEnd, gapBefore: gap });
    gap = contentEnd === contentStart;
    start = end + 1;
  }
  return lines;
}

/** The index of the last (or first) character of a line that is not a directional mark, or -1. */
function lastIndex(text: string, line: Line): number {
  let i = line.contentEnd - 1;
  while (i >= line.contentStart && BIDI_MARKS.test(text[i] as string)) i--;
  return i >= line.contentStart ? i : -1;
}

function firstIndex(text: string, line: Line): number {
  let i = line.contentStart;
  while (i < line.contentEnd && BIDI_MARKS.test(text[i] as string)) i++;
  return i < line.contentEnd ? i : -1;
}

/** Whether the line ends a sentence: a stop, perhaps followed by closing quotes or brackets. */
function endsSentence(text: string, line: Line): boolean {
  let i = lastIndex(text, line);
  while (i > line.contentStart && CLOSERS.has(text[i] as string)) i--;
  return i >= 0 && STOPS.has(text[i] as string);
}

/** The wrap width (the 90th percentile of line widths) when the lines look hard-wrapped, else null. */
function wrapWidth(text: string, lines: readonly Line[]): number | null {
  if (lines.length < MIN_LINES) return null;
  const widths = lines.map(lineWidth).sort((a, b) => a - b);
  const width = widths[Math.floor(0.9 * (widths.length - 1))] as number;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  let full = 0;
  let open = 0;
  let lowerStart = 0;
  for (const line of lines) {
    if (lineWidth(line) >= FULL_LINE * width) full++;
    if (!endsSentence(text, line)) open++;
    const first = firstIndex(text, line);
    if (first >= 0 && isLower(text[first] as string)) lowerStart++;
  }
  const n = lines.length;
  const wrapped =
    full >= MIN_FULL_SHARE * n && open >= MIN_OPEN_SHARE * n && lowerStart >= MIN_LOWER_START_SHARE * n;
  return wrapped ? width : null;
}

/** The letters running back from `end` (exclusive) and forward from `start`. */
function lettersBefore(text: string, end: number, stop: number): string {
  let i = end;
  while (i > stop && LETTER.test(text[i - 1] as string)) i--;
  return text.slice(i, end);
}

function lettersAfter(text: string, start: number, stop: number): string {
  let i = start;
  while (i < stop && LETTER.test(text[i] as string)) i++;
  return text.slice(start, i);
}

/** The join of a line ending in a hyphen or dash to the next line. */
function hyphenJoin(text: string, a: Line, b: Line, words: () => WordIndex): Join {
  const hyphen = a.contentEnd - 1;
  const fragment = lettersBefore(text, hyphen, a.contentStart);
  const rest = lettersAfter(text, b.contentStart, b.contentEnd);
  const dashLike = text[hyphen] !== "-" && text[hyphen] !== "\u2010";
  if (dashLike || !fragment || !rest) return "glue";
  const more = text[b.contentStart + rest.length] === "-";
  return keepsHyphen(fragment, rest, more, words()) ? "glue" : "dehyphenate";
}

/** How the break between line `a` and the next line `b` is repaired, or null when it is a real break. */
function joinOf(
  text: string,
  a: Line,
  b: Line,
  bIsHeading: boolean,
  width: number,
  words: () => WordIndex,
): Join | null {
  const last = lastIndex(text, a);
  const first = firstIndex(text, b);
  if (last < 0 || first < 0 || bIsHeading || lineWidth(a) < FULL_LINE * width) return null;
  if (LIST_ITEM.test(text.slice(b.contentStart, b.contentStart + 5))) return null;
  const end = text[last] as string;
  if (end === ":") return null;
  if (end === "\u00ad" && last === a.contentEnd - 1) return "dehyphenate";
  if (endsSentence(text, a)) return isLower(text[first] as string) ? "space" : null;
  // a headline's last line, then a sentence
  if (isTitleCase(text, a) && !isTitleCase(text, b)) return null;
  const glued = GLUED_ENDS.has(end) && last === a.contentEnd - 1 && !SPACES.has(text[last - 1] ?? " ");
  return glued ? hyphenJoin(text, a, b, words) : "space";
}

/** Whether most of the line's longer words are capitalised, as in a headline. */
function isTitleCase(text: string, line: Line): boolean {
  const words = text.slice(line.contentStart, line.contentEnd).match(TITLE_WORD) ?? [];
  const capitalised = words.filter((word) => !isLower(word[0] as string)).length;
  return words.length >= 2 && capitalised >= TITLE_SHARE * words.length;
}

function isHeading(text: string, lines: readonly Line[], i: number, width: number): boolean {
  const line = lines[i] as Line;
  const gapAfter = (lines[i + 1]?.gapBefore ?? true) as boolean;
  return line.gapBefore && gapAfter && lineWidth(line) < HEADING_LINE * width && !endsSentence(text, line);
}

/**
 * Rejoins the lines of a hard-wrapped text (a PDF's text layer): a break inside a sentence
 * becomes one space (across blank lines too), a word hyphenated at a line end is joined unless
 * the text shows it as a compound. Paragraph ends (a stop, then a capital), headings (short lines
 * between blank lines; a headline, then a sentence), list items and breaks after a colon stay. A text that does not look hard-wrapped comes back unchanged.
 * Linear in the length of the text.
 */
export function unwrap(text: string): Unwrapped {
  const builder = new TextBuilder();
  const lines = linesOf(text);
  const width = wrapWidth(text, lines);
  let index: WordIndex | undefined;
  const words = (): WordIndex => {
    index ??= new WordIndex(text);
    return index;
  };
  let cursor = 0;
  let joins = 0;
  for (let i = 0; width !== null && i + 1 < lines.length; i++) {
    const a = lines[i] as Line;
    const b = lines[i + 1] as Line;
    const join = joinOf(text, a, b, isHeading(text, lines, i + 1, width), width, words);
    if (!join) continue;
    const cut = join === "dehyphenate" ? a.contentEnd - 1 : a.contentEnd;
    builder.copy(text.slice(cursor, cut), cursor);
    if (join === "space" && text[cut] === " ") builder.copy(" ", cut);
    else if (join === "space") builder.replace(" ", cut, b.contentStart - cut);
    cursor = b.contentStart;
    joins++;
  }
  builder.copy(text.slice(cursor), cursor);
  const built = builder.build(text.length);
  return { ...built, joins };
}

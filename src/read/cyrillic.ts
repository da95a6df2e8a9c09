// Guessing which Cyrillic code page a non-UTF-8 text is in, by letter case and letter frequency.
import iconv from "iconv-lite";
import { CYRILLIC_CODE_PAGES, RUSSIAN_LETTER_PERCENT, UNLISTED_LETTER_PERCENT } from "./cyrillic-letters.js";

/** Bytes looked at. */
const SAMPLE_BYTES = 64 * 1024;
/** More high bytes than this touching an ASCII letter, and the text is Latin with accents. */
const MAX_LATIN_CONTACT = 0.25;
/** At least this share of high bytes must decode to letters in well-cased words. */
const MIN_FIT = 0.9;
/** Mean natural log of the letters' frequency: Russian scores about -3.1, wrong code pages below -4. */
const MIN_MEAN_LOG_FREQUENCY = -3.7;

const isAsciiLetter = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const isCyrillic = (c: string): boolean => c >= "\u0400" && c <= "\u04FF";

/** Whether the high bytes stand inside Latin words (é in "président") rather than forming words. */
function looksLatin(bytes: Uint8Array): boolean {
  let high = 0;
  let contact = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    high++;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) contact++;
  }
  return high === 0 || contact / high > MAX_LATIN_CONTACT;
}

/** A word in a plausible case: all lower, all upper, or a capital then lower case. */
function wellCased(word: string): boolean {
  const rest = word.slice(1);
  return word === word.toLowerCase() || word === word.toUpperCase() || rest === rest.toLowerCase();
}

interface Fit {
  /** Share of the high characters that are Cyrillic letters in well-cased words. */
  readonly fit: number;
  readonly meanLogFrequency: number;
}

/** How well `text` (decoded from the sample) reads as Cyrillic. */
function fitOf(text: string): Fit {
  let high = 0;
  let good = 0;
  let logSum = 0;
  let letters = 0;
  for (const word of text.split(/[^\u0400-\u04FF]+/)) {
    const cased = wellCased(word);
    for (const c of word) {
      const percent = RUSSIAN_LETTER_PERCENT[c.toLowerCase()] ?? UNLISTED_LETTER_PERCENT;
      logSum += Math.log(percent / 100);
      letters++;
      if (cased) good++;
    }
  }
  for (const c of text) if (c >= "\u0080" && !isCyrillic(c)) high++;
  high += letters;
  return { fit: high ? good / high : 0, meanLogFrequency: letters ? logSum / letters : -Infinity };
}

/**
 * The Cyrillic code page `bytes` read best in, or null when the text does not read as Cyrillic in
 * any (Latin with accents, Greek, or too few letters to tell).
 */
export function guessCyrillic(bytes: Uint8Array): string | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE_BYTES));
  if (looksLatin(sample)) return null;
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of CYRILLIC_CODE_PAGES) {
    const { fit, meanLogFrequency } = fitOf(iconv.decode(sample, encoding));
    if (fit < MIN_FIT || meanLogFrequency < MIN_MEAN_LOG_FREQUENCY) continue;
    if (!best || meanLogFrequency > best.score) best = { encoding, score: meanLogFrequency };
  }
  return best?.encoding ?? null;
}

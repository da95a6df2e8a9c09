// Whether a word hyphenated at a line end keeps its hyphen when its halves are joined again.

import { loadHyphenPrefixes } from "../resources/resources.js";

/**
 * Prefixes that keep their hyphen before a word the text uses on its own (anti-government,
 * ex-president, non-violent), from data/lexicons/hyphen-prefixes.json, loaded on first use.
 * After any other fragment a lower-case continuation is joined.
 */
let hyphenPrefixes: ReadonlySet<string> | undefined;
/** A word, or a hyphenated compound of words, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHEN = /[-\u2010]/;

/** What the text itself says about its words: how often each appears, and its hyphenated pairs. */
export class WordIndex {
  /** Lower-cased words outside compounds, with their counts. */
  private readonly counts = new Map<string, number>();
  /** Lower-cased adjacent pairs of hyphenated compounds ("anti-war"), and their first halves. */
  private readonly pairs = new Set<string>();
  private readonly prefixes = new Set<string>();

  constructor(text: string) {
    for (const match of text.matchAll(WORD)) {
      const parts = match[0].toLowerCase().split(HYPHEN);
      if (parts.length === 1) {
        const word = parts[0] as string;
        this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
        continue;
      }
      for (let i = 1; i < parts.length; i++) {
        this.pairs.add(`${parts[i - 1]}-${parts[i]}`);
        this.prefixes.add(parts[i - 1] as string);
      }
    }
  }

  count(word: string): number {
    return this.counts.get(word.toLowerCase()) ?? 0;
  }

  hasPair(first: string, second: string): boolean {
    return this.pairs.has(`${first}-${second}`.toLowerCase());
  }

  isPrefix(first: string): boolean {
    return this.prefixes.has(first.toLowerCase());
  }
}

const isLower = (ch: string): boolean => ch !== ch.toUpperCase();
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/**
 * Whether `fragment` + "-" at a line end and `rest` on the next line (both runs of letters; `more`
 * when `rest` is followed by another hyphen, as in "twelve-|year-old") are one hyphenated compound
 * rather than one word the line break split. The text's own use decides first; capitalised halves
 * (Issyk-Kul, al-Fitr) and scripts without case keep the hyphen.
 */
export function keepsHyphen(fragment: string, rest: string, more: boolean, words: WordIndex): boolean {
  const first = fragment[0] ?? "";
  const next = rest[0] ?? "";
  if (!isLower(next) || !(isLower(first) || isUpper(first))) return true;
  if (words.hasPair(fragment, rest)) return true;
  if (words.count(fragment + rest) > 0) return false;
  if (more || words.isPrefix(fragment)) return true;
  // the break itself counts each half once; a second use means each is a word of its own
  if (isUpper(first) && words.count(fragment) > 1) return true;
  hyphenPrefixes ??= loadHyphenPrefixes();
  return hyphenPrefixes.has(fragment.toLowerCase()) && words.count(rest) > 1;
}

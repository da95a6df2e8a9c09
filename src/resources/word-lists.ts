// The word-list helpers every lexicon loader uses: lower-cased lists, sets and maps, and cue
// phrases split as the tokeniser splits text.

/** A lexicon phrase: its lower-cased words, as the tokeniser would give them. */
export type Phrase = readonly string[];

export const lowerList = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());

export const lowerSet = (xs: readonly string[]): Set<string> => new Set(lowerList(xs));

export const lowerMap = <T>(rec: Readonly<Record<string, T>>): Map<string, T> =>
  new Map(Object.entries(rec).map(([k, v]) => [k.toLowerCase(), v] as [string, T]));

/** Splits a cue as the tokeniser does: on spaces and around hyphens, dashes and symbols. */
export function phrase(cue: string): Phrase {
  return cue
    .toLowerCase()
    .replace(/([%+$€£¥₽₹–—-])/gu, " $1 ")
    .split(/\s+/u)
    .filter(Boolean);
}

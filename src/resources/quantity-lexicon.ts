// Knowledge for the quantities (number words, qualifiers, counted nouns): loaded once from data/ and handed to stages in Resources.
import { z } from "zod";
import { QUALIFIERS } from "../model/reading.js";
import { loadJson } from "./resources.js";
import { lowerSet, type Phrase, phrase } from "./word-lists.js";

export { type Phrase, phrase } from "./word-lists.js";

export { QUALIFIERS };
export type Qualifier = (typeof QUALIFIERS)[number];

/** A cue of one or more words, lower case, as the tokeniser splits them ("as many as" → 3 words). */

export interface QuantityLexicon {
  /** Number words below a hundred ("seven" → 7, "twenty" → 20). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Words that multiply what comes before ("dozen", "hundred", "million", "lakh"). */
  readonly multipliers: ReadonlyMap<string, number>;
  /** Cues before a number, with the qualifier they give; longest first. */
  readonly qualifiers: readonly { phrase: Phrase; qualifier: Qualifier }[];
  /** Cues after a number ("or more", "or so"). */
  readonly postQualifiers: readonly { phrase: Phrase; qualifier: Qualifier }[];
  /** Vague amounts with no value ("several", "dozens of"); longest first. */
  readonly several: readonly Phrase[];
  /** Words that open a range ("from", "between"). */
  readonly rangeStarts: ReadonlySet<string>;
  /** Words that join the two ends of a range ("to", "-", "and" after "between"). */
  readonly rangeJoiners: ReadonlySet<string>;
  /** Words after which a number is a label, not a count ("Article 233", "Part 2"). */
  readonly labels: ReadonlySet<string>;
  /** Words after which a number is a time of day ("10 a.m."). */
  readonly timeOfDay: ReadonlySet<string>;
  /** Number words that are no count when "of" follows ("one of the"). */
  readonly partitiveStops: ReadonlySet<string>;
  /** Words before which "one" is a pronoun, not a count ("no one", "the one"). */
  readonly notAfter: ReadonlySet<string>;
  readonly currencySymbols: ReadonlySet<string>;
  /** Participles that modify a counted noun ("16 suspected members"); other verbs end the phrase. */
  readonly participles: ReadonlySet<string>;
  /** Words after a number that make it an age ("year-old"). */
  readonly ageWords: readonly Phrase[];
  /** Counted noun (lower case, singular or as written) → normalised unit ("detainee" → "people"). */
  readonly units: ReadonlyMap<string, string>;
  /** Unit phrases of more than one word ("per cent" → "percent"). */
  readonly unitPhrases: readonly { phrase: Phrase; unit: string }[];
}

const words = z.array(z.string().min(1));
const file = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  numbers: z.record(z.string(), z.number().int().nonnegative()),
  multipliers: z.record(z.string(), z.number().positive()),
  qualifiers: z.partialRecord(z.enum(QUALIFIERS), words),
  postQualifiers: z.partialRecord(z.enum(QUALIFIERS), words),
  several: words,
  rangeStarts: words,
  rangeJoiners: words,
  labels: words,
  timeOfDay: words,
  ageWords: words,
  participles: words,
  partitiveStops: words,
  notAfter: words,
  currencySymbols: words,
  units: z.record(z.string(), words),
});

const longestFirst = <T extends { phrase: Phrase }>(xs: T[]): T[] =>
  xs.sort((a, b) => b.phrase.length - a.phrase.length);

function cues(record: Partial<Record<string, string[]>>): { phrase: Phrase; qualifier: Qualifier }[] {
  return longestFirst(
    Object.entries(record).flatMap(([q, list]) =>
      (list ?? []).map((c) => ({ phrase: phrase(c), qualifier: q as Qualifier })),
    ),
  );
}

export function loadQuantityLexicon(dataDir: string): QuantityLexicon {
  const f = loadJson(dataDir, "lexicons/quantities.json", file);
  const lower = lowerSet;
  const units = new Map<string, string>();
  const unitPhrases: { phrase: Phrase; unit: string }[] = [];
  for (const [unit, nouns] of Object.entries(f.units)) {
    for (const noun of nouns) {
      const p = phrase(noun);
      if (p.length > 1) unitPhrases.push({ phrase: p, unit });
      else units.set(noun.toLowerCase(), unit);
    }
  }
  return {
    numbers: new Map(Object.entries(f.numbers)),
    multipliers: new Map(Object.entries(f.multipliers)),
    qualifiers: cues(f.qualifiers),
    postQualifiers: cues(f.postQualifiers),
    several: f.several.map(phrase).sort((a, b) => b.length - a.length),
    rangeStarts: lower(f.rangeStarts),
    rangeJoiners: lower(f.rangeJoiners),
    labels: lower(f.labels),
    timeOfDay: lower(f.timeOfDay),
    partitiveStops: lower(f.partitiveStops),
    notAfter: lower(f.notAfter),
    currencySymbols: lower(f.currencySymbols),
    participles: lower(f.participles),
    ageWords: f.ageWords.map(phrase).sort((a, b) => b.length - a.length),
    units,
    unitPhrases: longestFirst(unitPhrases),
  };
}

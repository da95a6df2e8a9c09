// Knowledge for the time stage (number words, units, relative words, modifiers, year filters): loaded once from data/.
import { z } from "zod";
import { loadJson } from "./resources.js";
import { lowerList, lowerMap } from "./word-lists.js";

export interface TimeLexicon {
  /** Number words → value ("two" → 2, "a" → 1). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Quantity words without a value ("several"): a duration of unknown length (`PXY`). */
  readonly vagueNumbers: readonly string[];
  /** Unit words → TimeML duration unit ("days" → D, "months" → M, "hours" → TH, "minutes" → TM, "decade" → DE). */
  readonly units: ReadonlyMap<string, string>;
  /** Adverbs of recurrence → TimeML SET value ("daily" → P1D). */
  readonly setAdverbs: ReadonlyMap<string, string>;
  /** "this" → 0, "last" → -1, "next" → 1: the shift a word gives a unit, month or weekday. */
  readonly relativeWords: ReadonlyMap<string, number>;
  /** Words that make "two days …" relative to another event, not to the document's date. */
  readonly eventRelative: readonly string[];
  /** Words that make "two days …" relative to the document's date ("ago" → -1). */
  readonly anchorRelative: ReadonlyMap<string, number>;
  /** Time references with no calendar value ("now", "recently", "the same day"). */
  readonly vagueReferences: readonly string[];
  /** Words before a time expression that narrow it without changing its value ("early", "the end of"). */
  readonly modifiers: readonly string[];
  /** Weekday names → 0 (Sunday) … 6 (Saturday). */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Cues of future reference near a bare weekday or month ("will", "scheduled"). */
  readonly futureCues: readonly string[];
  /** Words before a four-digit number that make it not a year ("Resolution", "No."). */
  readonly notYearBefore: ReadonlySet<string>;
  /** Words after a four-digit number that make it a count, not a year ("people"). */
  readonly notYearAfter: ReadonlySet<string>;
}

const words = z.array(z.string().min(1));
const timeFile = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  numbers: z.record(z.string(), z.number().positive()),
  vagueNumbers: words,
  units: z.record(z.string(), z.string().regex(/^(?:T[HMS]|[DWMY]|DE|CE)$/u)),
  setAdverbs: z.record(z.string(), z.string().min(2)),
  relativeWords: z.record(z.string(), z.number().int().min(-1).max(1)),
  eventRelative: words,
  anchorRelative: z.record(z.string(), z.number().int().min(-1).max(1)),
  vagueReferences: words,
  modifiers: words,
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
  futureCues: words,
  notYearBefore: words,
  notYearAfter: words,
});

const lower = lowerList;

export function loadTimeLexicon(dataDir: string): TimeLexicon {
  const f = loadJson(dataDir, "lexicons/time.json", timeFile);
  return {
    numbers: lowerMap(f.numbers),
    vagueNumbers: lower(f.vagueNumbers),
    units: lowerMap(f.units),
    setAdverbs: lowerMap(f.setAdverbs),
    relativeWords: lowerMap(f.relativeWords),
    eventRelative: lower(f.eventRelative),
    anchorRelative: lowerMap(f.anchorRelative),
    vagueReferences: lower(f.vagueReferences),
    modifiers: lower(f.modifiers),
    weekdays: lowerMap(f.weekdays),
    futureCues: lower(f.futureCues),
    notYearBefore: new Set(lower(f.notYearBefore)),
    notYearAfter: new Set(lower(f.notYearAfter)),
  };
}

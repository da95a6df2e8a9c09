// The stage's own grammar, compiled once per lexicon: relative units, durations, sets, years, modifiers.
import { escapeRegExp } from "../../resources/resources.js";
import type { TimeLexicon } from "../../resources/time-lexicon.js";

export interface Patterns {
  readonly lex: TimeLexicon;
  /** English month names and abbreviations → 1–12. */
  readonly months: ReadonlyMap<string, number>;
  /** "two years ago", "three days from now": groups number, unit, direction word. */
  readonly anchored: RegExp;
  /** "two years later", "days after": relative to another event. */
  readonly eventRelative: RegExp;
  /** "(the) last week", "this year", "next month": groups the, shift word, unit. */
  readonly relativeUnit: RegExp;
  /** "last September", "this June": groups shift word, month. */
  readonly relativeMonth: RegExp;
  /** "(the past) seven months", "24 hours", "a two-year": groups the, lead word, number, unit, rest. */
  readonly duration: RegExp;
  /** "every week", "each Monday", "twice a year", "daily". */
  readonly set: RegExp;
  /** "the 1990s", "the '90s", "the 19th century". */
  readonly decade: RegExp;
  /** "August of last year", "June this year": groups month, shift word. */
  readonly monthOfYear: RegExp;
  /** "the fourth quarter", "the first half of 2015": group year. */
  readonly part: RegExp;
  /** "June of 2015", "June, 2015": groups month, year. */
  readonly monthYear: RegExp;
  /** A four-digit number that may be a year (filtered further in code). */
  readonly year: RegExp;
  /** "now", "recently", "the same day". */
  readonly vague: RegExp;
  /** A modifier ending right before an expression ("Early in ", "mid-", "the end of "). */
  readonly modifier: RegExp;
  /** Future reference near an expression. */
  readonly future: RegExp;
}

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /gu, "\\s+"))
    .join("|");

const cache = new WeakMap<TimeLexicon, Patterns>();

export function patternsFor(lex: TimeLexicon, allMonths: ReadonlyMap<string, number>): Patterns {
  const hit = cache.get(lex);
  if (hit) return hit;
  const months = new Map([...allMonths].filter(([name]) => /^[a-z]+$/u.test(name)));
  const num = `\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${alt([...lex.numbers.keys(), ...lex.vagueNumbers])}`;
  const unit = alt(lex.units.keys());
  const shift = alt(lex.relativeWords.keys());
  const names = [...months.keys()];
  const month = `(?:${alt(names.filter((n) => n.length > 4))}|(?:${alt(names.filter((n) => n.length <= 4))})\\.?)`;
  const day = alt(lex.weekdays.keys());
  const built: Patterns = {
    lex,
    months,
    anchored: new RegExp(`\\b(${num})[\\s-]+(${unit})\\s+(${alt(lex.anchorRelative.keys())})\\b`, "giu"),
    eventRelative: new RegExp(
      `\\b(?:(?:${num})[\\s-]+)?(?:${unit})\\s+(?:${alt(lex.eventRelative)})\\b(?!\\s+(?:the\\s+)?\\d)`,
      "giu",
    ),
    relativeUnit: new RegExp(
      `\\b(?:(the)\\s+)?(${shift})\\s+(day|week|weekend|month|year|decade|century|quarter|spring|summer|autumn|fall|winter)\\b`,
      "giu",
    ),
    relativeMonth: new RegExp(`\\b(${shift})\\s+(${month})(?!\\w)`, "giu"),
    duration: new RegExp(
      `\\b(?:(the)\\s+)?(?:(past|last|next|first|previous|coming|following|recent|final)\\s+)?(${num})(?:\\s+and\\s+a\\s+half)?[\\s-]+(${unit})\\b(?![\\s-]+old\\b)`,
      "giu",
    ),
    set: new RegExp(
      `\\b(?:(?:every|each)\\s+(?:other\\s+)?(?:(${num})\\s+)?(${unit}|${day}|morning|evening|night|weekend)|(once|twice|${num}\\s+times)\\s+(?:a|an|per|every)\\s+(${unit}))\\b|\\b(${alt(lex.setAdverbs.keys())})\\b`,
      "giu",
    ),
    decade:
      /\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:1[5-9]|20)\d0s|'\d0s|\d{1,2}(?:st|nd|rd|th)\s+century)\b/giu,
    part: /\b(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:quarter|half)(?:\s+of\s+((?:18|19|20)\d\d))?\b(?!\p{N})/giu,
    monthOfYear: new RegExp(`\\b(${month})\\s+(?:of\\s+)?(${shift})\\s+year\\b`, "giu"),
    monthYear: new RegExp(`\\b(${month}),?\\s+(?:of\\s+)?((?:18|19|20)\\d\\d)\\b(?!\\p{N})`, "giu"),
    year: /(?<![\p{L}\p{N}$€£#№.,/:+])(?:18|19|20)\d\d(?![\p{L}\p{N}%]|[.,:/]\p{N})/gu,
    // "as soon as", "as recently as": a conjunction or a bound, not a time of its own
    vague: new RegExp(`(?<!\\bas\\s)\\b(?:${alt(lex.vagueReferences)})\\b(?![\\w-])`, "giu"),
    modifier: new RegExp(`\\b(?:${alt(lex.modifiers)})(?:\\s+(?:of|in|on))?(?:\\s+|-)$`, "iu"),
    future: new RegExp(`(?:^|[^\\w'])(?:${alt(lex.futureCues)})\\b`, "iu"),
  };
  cache.set(lex, built);
  return built;
}

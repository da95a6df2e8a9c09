// Dates, weekdays and clock times found by chrono-node, turned into candidates (their values come later).
import * as chrono from "chrono-node";
import type { TimeLexicon } from "../../resources/time-lexicon.js";
import type { Candidate, Meaning, TimeType } from "./candidate.js";
import { fixed } from "./candidate.js";

/**
 * chrono's parsers of relative units ("3 days ago", "within 24 hours", "last year", "next week",
 * "end of the month") are left out: the stage's own grammar reads those, so that durations stay
 * durations and every relative value is computed from the document's date, not chrono's guess.
 */
const REPLACED = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENEndOfCurrentMonthParser",
]);
/** "the end of December" is December with a modifier here, not December 31. */
const DROPPED_REFINERS = new Set(["ENEndOfPeriodRefiner"]);

let parser: chrono.Chrono | undefined;
function engine(): chrono.Chrono {
  if (!parser) {
    parser = chrono.casual.clone();
    parser.parsers = parser.parsers.filter((p) => !REPLACED.has(p.constructor.name));
    parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  }
  return parser;
}

/**
 * A fixed reference for chrono: its implied parts are never used (only the parts the words make
 * certain), so results do not depend on it, and the stage never reads the clock.
 */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const LEADING = /^(?:on|in|at|by|from|since|until|till|of|during|the)\s+/iu;
const TRAILING = /(?:[\s,;:(]|\s+of)+$/u;
/** Casual words that name a day relative to the document's date; "in the morning" alone does not. */
const ANCHORED_CASUAL = /\b(?:now|today|tonight|yesterday|tomorrow|this|last night)\b/u;
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)\s+of\s+/iu;
const CLOCK = /\d[:.]\d\d|\b[ap]\.?m\b\.?|o'clock|noon|midnight/iu;

/** Candidates for the chrono results in `text` (a zone starting at `offset` in the document). */
export function chronoCandidates(text: string, offset: number, lex: TimeLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const result of engine().parse(text, REFERENCE)) {
    let r = result;
    let start = r.index;
    let words = r.text;
    // chrono drops the date of "morning of March 3": read the date after "of" on its own.
    const partOfDay = PART_OF_DAY.exec(words);
    const inner = partOfDay ? engine().parse(words.slice(partOfDay[0].length), REFERENCE)[0] : undefined;
    if (partOfDay && inner?.index === 0) {
      r = inner;
      start += partOfDay[0].length;
      words = inner.text;
    }
    const lead = LEADING.exec(words);
    if (lead && lead[0].length < words.length) {
      start += lead[0].length;
      words = words.slice(lead[0].length);
    }
    words = words.replace(TRAILING, "");
    const found = meaningOf(r, words, lex);
    if (!found) continue;
    out.push({
      start: offset + start,
      end: offset + start + words.length,
      type: found.type,
      rule: `chrono:${found.rule}`,
      meaning: found.meaning,
      ...(found.vague ? { vague: true } : {}),
      priority: 1,
    });
  }
  return out;
}

interface Found {
  readonly type: TimeType;
  readonly rule: string;
  readonly meaning: Meaning;
  readonly vague?: boolean;
}

function meaningOf(r: chrono.ParsedResult, words: string, lex: TimeLexicon): Found | null {
  const s = r.start;
  const tags = r.tags();
  const clock = s.isCertain("hour") && CLOCK.test(words);
  const type: TimeType = clock || tags.has("parser/ENCasualTimeParser") ? "TIME" : "DATE";
  const lower = words.toLowerCase();
  const weekday = s.isCertain("weekday") ? s.get("weekday") : weekdayNamed(lower, lex);
  if (tags.has("casualReference/now"))
    return { type: "DATE", rule: "now", meaning: fixed(null), vague: true };
  if (tags.has("parser/SlashDateFormatParser") && !s.isCertain("year")) return null; // "9/11", "3/4"
  if (/\bweekend\b/u.test(lower)) {
    return { type: "DATE", rule: "weekend", meaning: { kind: "offset", unit: "weekend", n: 0 } };
  }
  if (weekday !== null && !s.isCertain("day")) {
    return { type, rule: "weekday", meaning: { kind: "weekday", weekday, shift: shiftOf(lower, lex) } };
  }
  if (isCasual(tags) && ANCHORED_CASUAL.test(lower)) {
    const n = /yesterday|last night/u.test(lower) ? -1 : /tomorrow/u.test(lower) ? 1 : 0;
    return { type, rule: "casual", meaning: { kind: "offset", unit: "day", n } };
  }
  if (s.isCertain("month") && !s.isCertain("day") && !/\d/u.test(words) && !/^\p{Lu}/u.test(words)) {
    return null; // "the march", "may": a month name alone must be capitalised
  }
  if (s.isCertain("month") || s.isCertain("year") || s.isCertain("day")) {
    return { type, rule: "date", meaning: dateParts(r) };
  }
  if (isCasual(tags)) return { type, rule: "casual", meaning: fixed(null) }; // "in the morning"
  if (clock) return { type: "TIME", rule: "clock", meaning: fixed(null) };
  return null;
}

const isCasual = (tags: Set<string>) =>
  tags.has("parser/ENCasualDateParser") || tags.has("parser/ENCasualTimeParser");

/** The certain parts; a range ("March 27-28") keeps only the parts its two ends share. */
function dateParts(r: chrono.ParsedResult): Meaning {
  const s = r.start;
  const part = (c: "year" | "month" | "day") => (s.isCertain(c) ? s.get(c) : null);
  let y = part("year");
  let m = part("month");
  let d = part("day");
  const e = r.end;
  if (e) {
    const ey = e.isCertain("year") ? e.get("year") : y;
    y ??= ey;
    if (ey !== y) return fixed(null);
    if (e.get("month") !== s.get("month")) {
      m = null;
      d = null;
    } else if (e.get("day") !== s.get("day")) d = null;
  }
  return { kind: "date", y, m, d };
}

function weekdayNamed(lower: string, lex: TimeLexicon): number | null {
  for (const [name, day] of lex.weekdays) if (lower.includes(name)) return day;
  return null;
}

/** -1 for "last Sunday", 1 for "next Sunday", 0 otherwise. */
function shiftOf(lower: string, lex: TimeLexicon): number {
  const first = lower.split(/\s+/u)[0] ?? "";
  const shift = lex.relativeWords.get(first) ?? 0;
  return first === "this" ? 0 : shift;
}

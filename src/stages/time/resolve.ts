// Values for candidates: the document's date anchors relative expressions; a preceding full date gives partial dates their year.
import type { TimeAnnotation } from "../../model/document.js";
import { type Span, span } from "../../model/span.js";
import {
  addDays,
  addMonths,
  containingValue,
  dateValue,
  mondayOfWeek,
  weekdayOf,
  type Ymd,
} from "./calendar.js";
import type { Candidate, Meaning } from "./candidate.js";
import type { Patterns } from "./patterns.js";

/**
 * A month or month-day without a year takes the year of a full date (day, month and year) stated at
 * most this many sentences earlier, when it is not earlier in the year ("On March 27, 2019 … On
 * March 28, …"); otherwise the anchor rule, or `XXXX`.
 */
export const NARRATIVE_SENTENCES = 3;

export interface Context {
  readonly text: string;
  /** The document's own date, or null. */
  readonly anchor: Ymd | null;
  /** Sentence spans in text order (may be empty). */
  readonly sentences: readonly Span[];
  readonly patterns: Patterns;
}

/** The last date stated with day, month and year: partial dates after it in time continue its story. */
interface Narrative {
  year: number;
  month: number;
  day: number;
  sentence: number;
}

/** Gives each candidate (in text order, non-overlapping) its value. */
export function resolveAll(candidates: readonly Candidate[], ctx: Context): TimeAnnotation[] {
  const story: { last: Narrative | null } = { last: null };
  const out: TimeAnnotation[] = [];
  /** The latest month the text has named (`2016-04`, `XXXX-04`), for "this month" with no anchor. */
  let month: string | null = null;
  for (const c of candidates) {
    const sentence = sentenceIndex(ctx.sentences, c.start);
    let value: string | null;
    let rule = c.rule;
    const m = c.meaning;
    if (m.kind === "offset" && !ctx.anchor && m.n === 0 && m.unit === "month" && month) {
      // "earlier this month" in a text with no date line: the month its story is in
      value = month;
      rule += "+story-month";
    } else if (m.kind === "date" && m.y === null && m.m !== null) {
      const near = story.last && continues(story.last, sentence, m.m, m.d) ? story.last : null;
      if (near) {
        value = dateValue(near.year, m.m, m.d);
        story.last = { year: near.year, month: m.m, day: m.d ?? near.day, sentence };
        rule += "+narrative-year";
      } else {
        value = partialDate(m.m, m.d, ctx.anchor, isFuture(c, ctx));
        if (ctx.anchor) rule += "+anchor-year";
      }
    } else {
      value = resolvedValue(m, c, ctx);
      if (m.kind === "date" && m.y !== null && m.m !== null && m.d !== null) {
        story.last = { year: m.y, month: m.m, day: m.d, sentence };
      }
    }
    if (c.type === "DATE" && value && /^(?:\d{4}|XXXX)-\d{2}/u.test(value)) month = value.slice(0, 7);
    out.push({ span: span(c.start, c.end), value, type: c.type, ...(c.vague ? { vague: true } : {}), rule });
  }
  return out;
}

/** A partial date continues the narrative when it is near in the text and not earlier in the year. */
function continues(n: Narrative, sentence: number, m: number, d: number | null): boolean {
  if (sentence - n.sentence > NARRATIVE_SENTENCES) return false;
  return m > n.month || (m === n.month && (d === null || d >= n.day));
}

function resolvedValue(m: Meaning, c: Candidate, ctx: Context): string | null {
  const a = ctx.anchor;
  switch (m.kind) {
    case "fixed":
      return m.value;
    case "date":
      return dateValue(m.y, m.m, m.d);
    case "month":
      if (!a) return dateValue(null, m.m, null);
      if (m.shift < 0) return dateValue(m.m < a.m ? a.y : a.y - 1, m.m, null);
      if (m.shift > 0) return dateValue(m.m > a.m ? a.y : a.y + 1, m.m, null);
      return dateValue(a.y, m.m, null);
    case "monthOfYear":
      return dateValue(a ? a.y + m.n : null, m.m, null);
    case "weekday":
      return a ? ymdValue(weekdayDate(a, m.weekday, m.shift, isFuture(c, ctx))) : null;
    case "offset":
      if (!a) return null;
      // "the weekend" in a report from Monday to Friday is the one just past, unless a future cue is near.
      if (m.unit === "weekend" && m.n === 0 && weekdayOf(a) % 6 !== 0 && !isFuture(c, ctx)) {
        return offsetValue(a, "weekend", -1);
      }
      return offsetValue(a, m.unit, m.n);
  }
}

/** "December 21" with anchor 2016-12-26 → 2016-12-21; a month after the anchor's → the year before. */
function partialDate(m: number, d: number | null, anchor: Ymd | null, future: boolean): string | null {
  if (!anchor) return dateValue(null, m, d);
  let y = anchor.y;
  if (future && m < anchor.m) y += 1;
  else if (!future && m > anchor.m) y -= 1;
  return dateValue(y, m, d);
}

/** Bare or "this" weekdays are the latest on or before the anchor (news report the past), unless a future cue is near. */
function weekdayDate(anchor: Ymd, weekday: number, shift: number, future: boolean): Ymd {
  const aw = weekdayOf(anchor);
  const back = (aw - weekday + 7) % 7;
  const ahead = (weekday - aw + 7) % 7;
  if (shift < 0) return addDays(anchor, -(back || 7));
  if (shift > 0) return addDays(anchor, ahead || 7);
  return future ? addDays(anchor, ahead) : addDays(anchor, -back);
}

function offsetValue(a: Ymd, unit: "day" | "week" | "weekend" | "month" | "year", n: number): string | null {
  switch (unit) {
    case "day":
      return ymdValue(addDays(a, n));
    case "week": {
      const monday = mondayOfWeek(a, n);
      return containingValue(monday, addDays(monday, 6));
    }
    case "weekend": {
      const saturday = addDays(mondayOfWeek(a, n), 5);
      return containingValue(saturday, addDays(saturday, 1));
    }
    case "month": {
      const first = addMonths(a, n);
      return dateValue(first.y, first.m, null);
    }
    case "year":
      return dateValue(a.y + n, null, null);
  }
}

const ymdValue = (d: Ymd) => dateValue(d.y, d.m, d.d);

/** A future cue ("will", "scheduled") within a few words of the expression, in its sentence. */
function isFuture(c: Candidate, ctx: Context): boolean {
  const i = sentenceIndex(ctx.sentences, c.start);
  const s = ctx.sentences[i];
  const from = Math.max(s && s.start <= c.start ? s.start : 0, c.start - 50);
  const to = Math.min(s && s.end >= c.end ? s.end : ctx.text.length, c.end + 30);
  const around = `${ctx.text.slice(from, c.start)} ${ctx.text.slice(c.end, to)}`;
  return ctx.patterns.future.test(around);
}

/** The index of the last sentence starting at or before `at` (0 when none). */
export function sentenceIndex(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// Calendar arithmetic on plain dates (UTC, no clock) and the TimeML date values the stage writes.

/** A calendar date: year, month 1–12, day 1–31. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. */
export function toDays(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d) / DAY_MS;
}

export function fromDays(days: number): Ymd {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return (((toDays(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** The first day of the month `n` months after (before, if negative) `date`'s month. */
export function addMonths(date: Ymd, n: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** The date as `YYYY-MM-DD`, or a partial value when the year or day is not known (`XXXX-MM-DD`, `YYYY-MM`). */
export function dateValue(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null && m === null) return null;
  const year = y === null ? "XXXX" : String(y).padStart(4, "0");
  if (m === null) return year;
  const month = `${year}-${String(m).padStart(2, "0")}`;
  return d === null ? month : `${month}-${String(d).padStart(2, "0")}`;
}

/** The most precise value of the form YYYY, YYYY-MM or YYYY-MM-DD that contains every day from `a` to `b`. */
export function containingValue(a: Ymd, b: Ymd): string | null {
  if (a.y !== b.y) return null;
  if (a.m !== b.m) return dateValue(a.y, null, null);
  if (a.d !== b.d) return dateValue(a.y, a.m, null);
  return dateValue(a.y, a.m, a.d);
}

/** Monday of the ISO week (Monday–Sunday) `n` weeks from the week of `date`. */
export function mondayOfWeek(date: Ymd, n: number): Ymd {
  const back = (weekdayOf(date) + 6) % 7;
  return addDays(date, n * 7 - back);
}

/** The document date from `YYYY-MM-DD…`, or null. */
export function parseAnchor(published: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published ?? "");
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= 31 ? date : null;
}

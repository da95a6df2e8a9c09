// Dates written on a page ("March 27, 2023", "27 March 2023", "2023-03-27", "27.03.2023") as ISO dates.

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/u;
const MONTH_FIRST = /\b(\p{L}{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/u;
const DAY_FIRST = /\b(\d{1,2}) (\p{L}{3,9})\.?,? (\d{4})\b/u;
const DOTTED = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/u;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first full date (with a year) in `s`, as YYYY-MM-DD, or null. */
export function parseDate(s: string, months: ReadonlyMap<string, number>): string | null {
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(s);
  const mf = m && months.get((m[1] as string).toLowerCase());
  if (m && mf) return iso(Number(m[3]), mf, Number(m[2]));
  m = DAY_FIRST.exec(s);
  const df = m && months.get((m[2] as string).toLowerCase());
  if (m && df) return iso(Number(m[3]), df, Number(m[1]));
  m = DOTTED.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

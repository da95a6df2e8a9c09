// Turning the dates readers find in metadata (ISO stamps, PDF "D:" dates, RFC 2822) into ISO dates.

/** `2024-03-05T10:20:00+06:00`, `2024-03-05`, `2024-03`: the date as written, before any zone shift. */
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/;
/** PDF dates (ISO 32000 §7.9.4): `D:20200707160900+03'00'`, where month and day may be left out. */
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/;
/** `05.03.2024`: dotted dates are day first wherever they are written (Russia, Central Asia, Europe). */
const DOTTED_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
/** `Tue, 05 Mar 2024 10:20:00 GMT` (RFC 2822), `5 March 2024`: day, month name, year. */
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)/;
/** `March 5, 2024`, `Mar. 5 2024`: month name, day, year. */
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/;
/** English month names by their first three letters. Numeric dates like `03/05/2024` are ambiguous: refused. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const pad = (n: string): string => n.padStart(2, "0");

function join(year: string, month?: string, day?: string): string {
  return [year, month, day].filter((part) => part !== undefined).join("-");
}

/**
 * The ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all it says) of a metadata date, or
 * undefined when it is not a date. The calendar date as written is kept: no conversion to UTC.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = PDF_DATE.exec(text) ?? ISO_PREFIX.exec(text);
  if (match) return join(match[1] as string, match[2], match[3]);
  const dotted = DOTTED_DMY.exec(text);
  if (dotted) return join(dotted[3] as string, pad(dotted[2] as string), pad(dotted[1] as string));
  return namedMonthDate(text);
}

/** A date with its month as an English word, kept as written (no time-zone shift). */
function namedMonthDate(text: string): string | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(text);
  const [day, name, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const month = MONTHS.indexOf(name?.slice(0, 3).toLowerCase() ?? "") + 1;
  if (!day || !year || month === 0 || Number(day) < 1 || Number(day) > 31) return undefined;
  return join(year, pad(String(month)), pad(day));
}

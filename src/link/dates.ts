// Partial TimeML dates ("2016-12-21", "XXXX-12-21", "2016-12", "2016"): whether two can be one day, and how closely they agree.

export interface PartialDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

export function parseDate(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined || s === "XXXX" ? null : Number(s));
  return { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
}

/**
 * How two partial dates agree: "conflict" when a part both give differs; else the finest part both give
 * ("day", "month", "year") or "unknown" when they share none (one is missing, or "2016" and "XXXX-12").
 */
export function dateAgreement(
  a: PartialDate | null,
  b: PartialDate | null,
): "conflict" | "day" | "month" | "year" | "unknown" {
  if (!a || !b) return "unknown";
  const parts = ["year", "month", "day"] as const;
  for (const p of parts) {
    const x = a[p];
    const y = b[p];
    if (x !== null && y !== null && x !== y) return "conflict";
  }
  if (a.day !== null && b.day !== null) return "day";
  if (a.month !== null && b.month !== null) return "month";
  if (a.year !== null && b.year !== null) return "year";
  return "unknown";
}

/** Blocking keys of a date: its year-month (or year alone), so partial dates of one month still meet. */
export function dateKeys(d: PartialDate | null): string[] {
  if (!d) return [];
  const mm = d.month === null ? null : String(d.month).padStart(2, "0");
  if (mm === null) return d.year === null ? [] : [`${d.year}`];
  return [`${d.year ?? "XXXX"}-${mm}`];
}

// Counts and figures with their qualifiers as ranges: "at least 8" and "11" agree, "8" and "11" do not.
import type { Qualifier } from "../model/reading.js";

export interface Amount {
  readonly value: number | null;
  readonly qualifier: Qualifier;
}

/** The range of numbers an amount allows; null when it gives none ("several" aside, which is 2 or more). */
export function range(a: Amount): [number, number] | null {
  if (a.qualifier === "several") return [2, Number.POSITIVE_INFINITY];
  if (a.value === null) return null;
  const v = a.value;
  switch (a.qualifier) {
    case "exact":
      return [v, v];
    case "approx":
      return [Math.floor(v * 0.9), Math.ceil(v * 1.1)];
    case "more_than":
    case "at_least":
      return [v, Number.POSITIVE_INFINITY];
    case "up_to":
      return [0, v];
  }
}

/** True when one number can satisfy both amounts. */
export function amountsAgree(a: Amount, b: Amount): boolean {
  const x = range(a);
  const y = range(b);
  if (!x || !y) return true;
  return x[0] <= y[1] && y[0] <= x[1];
}

/** Two stated numbers close enough to be one count told twice (6 and 7; 20 and 23), not 3 and 30. */
export function amountsClose(a: Amount, b: Amount): boolean {
  if (a.value === null || b.value === null) return true;
  return Math.abs(a.value - b.value) <= Math.max(1, 0.2 * Math.max(a.value, b.value));
}

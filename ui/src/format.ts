// How values of a reading read on screen: counts with their qualifiers, partial dates, places, review states.
import type { Count, Event, Figure, Place, Review, TimeValue } from "./types";

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  approx: "about ",
  more_than: "more than ",
  at_least: "at least ",
  up_to: "up to ",
};

/** `{ value: 150, qualifier: "more_than" }` → "more than 150"; "several" has no number. */
export function quantity(value: number | null, qualifier: string, unit?: string | null): string {
  const n =
    qualifier === "several" || value === null ? "several" : `${QUALIFIER_WORDS[qualifier] ?? ""}${value}`;
  return unit ? `${n} ${unit}` : n;
}

export function counts(c: Record<string, Count> | undefined): string {
  return Object.entries(c ?? {})
    .map(([role, v]) => `${quantity(v.value, v.qualifier)} ${role}`)
    .join(", ");
}

/** A TimeML value as written: `XXXX-12-21` stays partial (the year is unknown), never guessed. */
export function timeValue(t: TimeValue | null | undefined): string {
  if (!t?.value) return t?.text ? `“${t.text}” (no date)` : "";
  return t.value.startsWith("XXXX") ? `${t.value.slice(5)} (year unknown)` : t.value;
}

export function place(p: Place): string {
  return [p.name, p.country].filter(Boolean).join(", ");
}

export function places(list: Place[] | undefined): string {
  return (list ?? []).map(place).join("; ");
}

export function reviewLabel(r: Review | null | undefined): string {
  return r ? `${r.status} by ${r.reviewer}` : "not reviewed";
}

export function eventTitle(e: Event): string {
  const who = [e.agent, e.patient].filter(Boolean).join(" → ");
  return who ? `${e.type}: ${who}` : e.type;
}

export function figureTitle(f: Figure): string {
  return `${quantity(f.value, f.qualifier, f.unit)}${f.subject ? ` — ${f.subject}` : ""}`;
}

export function dateTime(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");
}

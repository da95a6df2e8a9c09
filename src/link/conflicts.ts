// Discrepancies within linked groups: figures that changed over time (update), figures that disagree at
// one time (contradiction), and mentions of one event with counts that cannot both be true (event_counts).
import type { Event, Figure, Links, Qualifier, Reading } from "../model/reading.js";
import { type Amount, amountsAgree } from "./counts.js";
import { dateAgreement, parseDate } from "./dates.js";

export interface ConflictValue {
  readonly ref: string;
  readonly documentId: string;
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly unit: string | null;
  readonly asOf: string | null;
  readonly source: string | null;
}

export interface Conflict {
  readonly kind: "contradiction" | "update" | "event_counts";
  readonly subject: string;
  readonly values: ConflictValue[];
  readonly note: string;
}

/** Items by `doc#id`, from readings or from the store. */
export interface LinkedItems {
  readonly events: ReadonlyMap<string, Event>;
  readonly figures: ReadonlyMap<string, Figure>;
}

const docOf = (ref: string): string => ref.slice(0, ref.lastIndexOf("#"));

export function itemsOf(readings: readonly Reading[]): LinkedItems {
  const events = new Map<string, Event>();
  const figures = new Map<string, Figure>();
  readings.forEach((r, i) => {
    const doc = r.id ?? String(i);
    for (const e of r.events) events.set(`${doc}#${e.id}`, e);
    for (const f of r.figures) figures.set(`${doc}#${f.id}`, f);
  });
  return { events, figures };
}

/** How a qualifier reads before its value ("more than 330"). */
export const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  exact: "",
  approx: "about ",
  more_than: "more than ",
  at_least: "at least ",
  up_to: "up to ",
  several: "several",
};

const show = (v: ConflictValue): string => `${QUALIFIER_WORDS[v.qualifier] ?? ""}${v.value ?? ""}`;

/** Two values at one time: as-of dates of one month, or a date missing (stated "now"). Days apart count as one time. */
function sameTime(a: ConflictValue, b: ConflictValue): boolean {
  const month = (v: string | null) => (v ? v.slice(0, 7) : null);
  return dateAgreement(parseDate(month(a.asOf)), parseDate(month(b.asOf))) !== "conflict";
}

function disagree(values: readonly ConflictValue[]): [ConflictValue, ConflictValue][] {
  const out: [ConflictValue, ConflictValue][] = [];
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i] as ConflictValue;
      const b = values[j] as ConflictValue;
      if (a.value !== null && b.value !== null && !amountsAgree(a, b)) out.push([a, b]);
    }
  return out;
}

function figureConflicts(group: readonly string[], figures: LinkedItems["figures"]): Conflict[] {
  const values: ConflictValue[] = [];
  for (const ref of group) {
    const f = figures.get(ref);
    if (!f) continue;
    values.push({
      ref,
      documentId: docOf(ref),
      value: f.value,
      qualifier: f.qualifier,
      unit: f.unit ?? null,
      asOf: f.as_of?.value ?? null,
      source: f.source ?? null,
    });
  }
  const first = figures.get(group[0] as string);
  const subject = first?.subject ?? first?.unit ?? "figure";
  const pairs = disagree(values);
  const atOnce = pairs.filter(([a, b]) => sameTime(a, b));
  const out: Conflict[] = [];
  if (atOnce.length) {
    const [a, b] = atOnce[0] as [ConflictValue, ConflictValue];
    out.push({
      kind: "contradiction",
      subject,
      values,
      note: `${show(a)} and ${show(b)} cannot both be true at one time`,
    });
  } else if (pairs.length) {
    const dated = [...values]
      .filter((v) => v.asOf)
      .sort((p, q) => ((p.asOf as string) < (q.asOf as string) ? -1 : 1));
    const steps = dated.map((v) => `${show(v)} as of ${v.asOf}`).join(" → ");
    out.push({ kind: "update", subject, values: dated, note: `the figure changed over time: ${steps}` });
  }
  return out;
}

function eventCountConflicts(group: readonly string[], events: LinkedItems["events"]): Conflict[] {
  const first = events.get(group[0] as string);
  if (!first) return [];
  const roles = new Set(group.flatMap((ref) => Object.keys(events.get(ref)?.counts ?? {})));
  const out: Conflict[] = [];
  for (const role of [...roles].sort()) {
    const values: ConflictValue[] = [];
    for (const ref of group) {
      const e = events.get(ref);
      const c = e?.counts?.[role as keyof Event["counts"]] as Amount | undefined;
      if (!e || !c) continue;
      const asOf = e.date?.value ?? null;
      values.push({ ref, documentId: docOf(ref), ...c, unit: role, asOf, source: e.source ?? null });
    }
    const pairs = disagree(values);
    if (!pairs.length) continue;
    const [a, b] = pairs[0] as [ConflictValue, ConflictValue];
    out.push({
      kind: "event_counts",
      subject: `${first.type}: ${role}`,
      values,
      note: `mentions of one ${first.type} give ${show(a)} and ${show(b)} ${role}`,
    });
  }
  return out;
}

/** The discrepancies of linked figure groups and linked events. */
export function conflictsOf(links: Links, items: LinkedItems): Conflict[] {
  return [
    ...links.figures.flatMap((g) => figureConflicts(g, items.figures)),
    ...links.events.flatMap((g) => eventCountConflicts(g, items.events)),
  ];
}

/** `findConflicts(readings, links)`: the discrepancies between the readings' linked figures and events. */
export function findConflicts(readings: readonly Reading[], links: Links): Conflict[] {
  return conflictsOf(links, itemsOf(readings));
}

// The score report: score.py's JSON object (same keys, same order, same rounding) and its human text (`show`).
import { pyFixed, pyFloatRepr, pyRound } from "./numbers.js";

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export const EVENT_FIELDS = [
  "agent",
  "patient",
  "affiliation",
  "counts",
  "date",
  "source",
  "factuality",
] as const;
export const FIGURE_FIELDS = ["value", "as_of", "source"] as const;
export const META_FIELDS = ["title", "publisher", "author", "published", "genre", "language"] as const;
export const LINK_KINDS = ["events", "figures", "entities"] as const;

export type EventField = (typeof EVENT_FIELDS)[number];
export type FigureField = (typeof FIGURE_FIELDS)[number];
export type MetaField = (typeof META_FIELDS)[number];
export type LinkKind = (typeof LINK_KINDS)[number];

/** An accuracy rounded to 4 decimals, or null when nothing was compared. */
export type Accuracy = number | null;

export interface ScoreReport {
  documents: number;
  missing_readings: string[];
  events: Prf;
  event_fields: Record<EventField, Accuracy>;
  places: Prf;
  figures: Prf;
  figure_fields: Record<FigureField, Accuracy>;
  entities: Prf;
  entities_untyped: Prf;
  cleaning: { non_body_removed: Accuracy; evidence_kept: Accuracy };
  document: Record<MetaField, Accuracy>;
  links: Record<LinkKind, Prf>;
}

/** A [correct, compared] tally. */
export type Tally = [number, number];

/** `prf(tp, fp, fn)`: precision, recall and F1 rounded to 4 decimals (0 when undefined). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0.0;
  const r = tp + fn ? tp / (tp + fn) : 0.0;
  const f = p + r ? (2 * p * r) / (p + r) : 0.0;
  return { p: pyRound(p, 4), r: pyRound(r, 4), f1: pyRound(f, 4), tp, fp, fn };
}

/** `acc(a)`: correct / compared rounded to 4 decimals, or null when nothing was compared. */
export function acc([correct, compared]: Tally): Accuracy {
  return compared ? pyRound(correct / compared, 4) : null;
}

/** The fields of `keys` from `tallies`, in the order of `keys` (which is score.py's order). */
export function accuracies<K extends string>(
  keys: readonly K[],
  tallies: Record<K, Tally>,
): Record<K, Accuracy> {
  const out = {} as Record<K, Accuracy>;
  for (const k of keys) out[k] = acc(tallies[k]);
  return out;
}

/** The text score.py's `show()` prints, as lines joined by "\n" (no newline after the last). */
export function formatReport(r: ScoreReport): string {
  const lines = [`documents ${r.documents}  missing readings: ${r.missing_readings.length}`];
  for (const k of ["events", "figures", "entities", "entities_untyped", "places"] as const) {
    const m = r[k];
    lines.push(`${k.padEnd(17)} ${prfText(m)}   (tp ${m.tp} fp ${m.fp} fn ${m.fn})`);
  }
  lines.push(`event fields      ${fieldsText(r.event_fields, (v) => pyFixed(v, 3))}`);
  lines.push(`figure fields     ${fieldsText(r.figure_fields, (v) => pyFixed(v, 3))}`);
  lines.push(`cleaning          ${fieldsText(r.cleaning, pyFloatRepr)}`);
  lines.push(`document          ${fieldsText(r.document, pyFloatRepr)}`);
  for (const [k, m] of Object.entries(r.links)) lines.push(`links ${k.padEnd(11)} ${prfText(m)}`);
  return lines.join("\n");
}

function prfText(m: Prf): string {
  return `P ${pyFixed(m.p, 3)}  R ${pyFixed(m.r, 3)}  F1 ${pyFixed(m.f1, 3)}`;
}

function fieldsText(values: Record<string, Accuracy>, show: (v: number) => string): string {
  return Object.entries(values)
    .map(([k, v]) => `${k} ${v === null ? "None" : show(v)}`)
    .join("  ");
}

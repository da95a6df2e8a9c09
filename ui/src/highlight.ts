// Cuts a document's text into runs where the same set of spans (zones, entities, events, figures) applies,
// so overlapping highlights render as flat, non-nested text runs.
import type { Spans } from "./types.js";

export type MarkKind = "zone" | "entity" | "event" | "figure";

/** One span that covers a run: `id` is an item ref, an entity key or the zone kind. */
export interface Mark {
  kind: MarkKind;
  id: string;
  label: string;
}

export interface Run {
  start: number;
  end: number;
  marks: Mark[];
}

interface Interval extends Mark {
  start: number;
  end: number;
}

function intervals(spans: Spans, length: number): Interval[] {
  const all: Interval[] = [
    ...spans.zones.map((z) => ({
      kind: "zone" as const,
      id: z.kind,
      label: "outside the body",
      start: z.start,
      end: z.end,
    })),
    ...spans.entities.map((e) => ({
      kind: "entity" as const,
      id: e.key,
      label: `${e.type}: ${e.name}`,
      start: e.start,
      end: e.end,
    })),
    ...spans.events.map((e) => ({
      kind: "event" as const,
      id: e.ref,
      label: `event ${e.type}`,
      start: e.start,
      end: e.end,
    })),
    ...spans.figures.map((f) => ({
      kind: "figure" as const,
      id: f.ref,
      label: "figure",
      start: f.start,
      end: f.end,
    })),
  ];
  // Out-of-range or empty spans are dropped rather than trusted: offsets come from the server.
  return all
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end);
}

/** Runs covering the whole text in order; a run's marks are every span that contains it (a sweep over cuts). */
export function runs(text: string, spans: Spans): Run[] {
  const list = intervals(spans, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of list) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...list].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Interval[] = [];
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((s) => s.end > start);
    while (next < byStart.length && (byStart[next] as Interval).start <= start)
      active.push(byStart[next++] as Interval);
    const marks = active.map(({ kind, id, label }) => ({ kind, id, label }));
    out.push({ start, end, marks });
  }
  return out;
}

/** Merges neighbouring runs whose marks are identical (fewer DOM nodes for long unmarked stretches). */
export function mergeRuns(list: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of list) {
    const last = out.at(-1);
    if (last && sameMarks(last.marks, r.marks)) last.end = r.end;
    else out.push({ ...r, marks: [...r.marks] });
  }
  return out;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.kind === b[i]?.kind && m.id === b[i]?.id);
}

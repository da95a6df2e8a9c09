// Turns the API's (month, type, count) buckets into stacked columns on a continuous month axis.
import type { TimelineBucket } from "./types.js";

export interface Column {
  period: string;
  total: number;
  /** Stacked segments, bottom first: [type, count, count of the segments below]. */
  stack: { type: string; count: number; below: number }[];
}

const MONTH = /^(\d{4})-(\d{2})/;
/** No axis longer than this many months is drawn densely: beyond it only months with events are shown. */
const MAX_DENSE = 600;

function monthIndex(period: string): number | null {
  const m = MONTH.exec(period);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

function monthName(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/** Columns for every month from the first to the last (empty ones included), and the undated count. */
export function columns(buckets: TimelineBucket[]): { columns: Column[]; undated: number; types: string[] } {
  const byMonth = new Map<string, Map<string, number>>();
  let undated = 0;
  const types = new Set<string>();
  for (const b of buckets) {
    const i = b.period === null ? null : monthIndex(b.period);
    if (i === null) {
      undated += b.count;
      continue;
    }
    types.add(b.type);
    const key = monthName(i);
    const m = byMonth.get(key) ?? new Map<string, number>();
    m.set(b.type, (m.get(b.type) ?? 0) + b.count);
    byMonth.set(key, m);
  }
  const indexes = [...byMonth.keys()].map((k) => monthIndex(k) as number).sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes.at(-1);
  let months: number[] = indexes;
  if (first !== undefined && last !== undefined && last - first < MAX_DENSE)
    months = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const typeList = [...types].sort();
  const cols = months.map((i) => {
    const period = monthName(i);
    const counts = byMonth.get(period) ?? new Map<string, number>();
    let below = 0;
    const stack = typeList
      .filter((t) => counts.has(t))
      .map((type) => {
        const count = counts.get(type) as number;
        const seg = { type, count, below };
        below += count;
        return seg;
      });
    return { period, total: below, stack };
  });
  return { columns: cols, undated, types: typeList };
}

// A mention: one span of the body that names an entity, before mentions are grouped into entities.
import type { EntityType } from "../../model/reading.js";
import type { KbEntry } from "../../resources/kb.js";
import type { Atom } from "./atoms.js";

export interface Mention {
  /** Atom range [a, b) of the mention. */
  readonly a: number;
  readonly b: number;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The knowledge-base entry it names, when known. */
  readonly entry?: KbEntry | undefined;
  /** The name this mention gives its entity (a knowledge-base entry's name, else the surface text). */
  readonly name: string;
  /** The rule that found it (for explanations and tests). */
  readonly rule: string;
  readonly country?: string | null | undefined;
  /** Mentions with equal group keys are one entity (a place's geonameId, an alias's person). */
  readonly group?: string | undefined;
  /** A title or role written next to the name ("Deputy Prime Minister"). */
  readonly role?: string | undefined;
  /** Rank among overlapping mentions of equal length: higher wins. */
  readonly rank: number;
}

export function mention(
  atoms: readonly Atom[],
  a: number,
  b: number,
  fields: Omit<Mention, "a" | "b" | "start" | "end">,
): Mention {
  return { ...fields, a, b, start: (atoms[a] as Atom).start, end: (atoms[b - 1] as Atom).end };
}

/** Keeps the longest of overlapping mentions (then the higher rank); returns them in text order. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || y.rank - x.rank || x.start - y.start,
  );
  // the kept mentions never overlap, so in start order a binary search finds the only ones a
  // new mention could touch (the one before its end, and it alone): linear-logarithmic, not quadratic
  const kept: Mention[] = [];
  for (const m of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as Mention).start < m.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before && before.end > m.start) continue;
    kept.splice(lo, 0, m);
  }
  return kept;
}

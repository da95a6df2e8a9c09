// Candidates from the stage's own grammar: what chrono-node does not read (years, durations, sets, relative units).
import type { Candidate, Meaning, TimeType } from "./candidate.js";
import { fixed } from "./candidate.js";
import type { Patterns } from "./patterns.js";

const RELATIVE_UNITS: Readonly<Record<string, "day" | "week" | "weekend" | "month" | "year">> = {
  day: "day",
  week: "week",
  weekend: "weekend",
  month: "month",
  year: "year",
};
const DURATION_WORDS = new Set(["past", "last", "next", "coming"]);

/** Every candidate of the grammar in `text` (a zone starting at `offset`). */
export function grammarCandidates(text: string, offset: number, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  const add = (m: RegExpMatchArray, type: TimeType, rule: string, meaning: Meaning, priority = 2) => {
    const start = offset + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, type, rule, meaning, priority });
  };
  /** An expression relative to another act or to now, which dates nothing on its own. */
  const addVague = (m: RegExpMatchArray, rule: string, priority = 2) => {
    const start = offset + (m.index ?? 0);
    out.push({
      start,
      end: start + m[0].length,
      type: "DATE",
      rule,
      meaning: fixed(null),
      priority,
      vague: true,
    });
  };
  for (const m of text.matchAll(p.anchored)) {
    add(m, "DATE", "ago", anchoredMeaning(p, m[1] as string, m[2] as string, m[3] as string), 3);
  }
  for (const m of text.matchAll(p.eventRelative)) addVague(m, "event-relative", 3);
  for (const m of text.matchAll(p.relativeUnit)) {
    const [, the, word, unit] = m as unknown as [string, string | undefined, string, string];
    const n = p.lex.relativeWords.get(word.toLowerCase()) ?? 0;
    const u = unit.toLowerCase();
    const timeml = p.lex.units.get(u);
    const unitOf = RELATIVE_UNITS[u];
    if (the && n !== 0) {
      // "the past week" is a duration; "the next day", "the previous year" are relative to an event.
      const span = DURATION_WORDS.has(word.toLowerCase()) && u !== "day" && timeml;
      if (span) add(m, "DURATION", "the-past-unit", fixed(durationValue(1, timeml)));
      else addVague(m, "event-relative");
    } else if (unitOf) add(m, "DATE", "relative-unit", { kind: "offset", unit: unitOf, n });
    else add(m, "DATE", "relative-unit", fixed(null));
  }
  for (const m of text.matchAll(p.relativeMonth)) {
    const month = monthOf(p, m[2] as string);
    const n = p.lex.relativeWords.get((m[1] as string).toLowerCase()) ?? 0;
    if (month) add(m, "DATE", "relative-month", { kind: "month", m: month, shift: n }, 3);
  }
  for (const m of text.matchAll(p.monthOfYear)) {
    const month = monthOf(p, m[1] as string);
    const n = p.lex.relativeWords.get((m[2] as string).toLowerCase()) ?? 0;
    if (month) add(m, "DATE", "month-of-year", { kind: "monthOfYear", m: month, n }, 3);
  }
  for (const m of text.matchAll(p.duration)) {
    if (/^an?$/iu.test(m[3] as string) && /^seconds?$/iu.test(m[4] as string)) continue; // "a second suspect"
    const timeml = p.lex.units.get((m[4] as string).toLowerCase()) as string;
    const n = numberOf(p, m[3] as string) + (/and\s+a\s+half/iu.test(m[0]) ? 0.5 : 0);
    add(m, "DURATION", "duration", fixed(durationValue(n, timeml)), 1);
  }
  for (const m of text.matchAll(p.set)) add(m, "SET", "set", fixed(setValue(p, m)));
  for (const m of text.matchAll(p.decade)) add(m, "DATE", "decade", fixed(null));
  for (const m of text.matchAll(p.part)) add(m, "DATE", "part-of-year", fixed(m[1] ?? null));
  for (const m of text.matchAll(p.monthYear)) {
    const month = monthOf(p, m[1] as string);
    if (month) add(m, "DATE", "month-year", { kind: "date", y: Number(m[2]), m: month, d: null });
  }
  for (const m of text.matchAll(p.year)) {
    if (isYear(p, text, m.index ?? 0, m[0])) add(m, "DATE", "year", fixed(m[0]), 0);
  }
  for (const m of text.matchAll(p.vague)) addVague(m, "vague", 0);
  return out;
}

function anchoredMeaning(p: Patterns, count: string, unit: string, word: string): Meaning {
  const n = numberOf(p, count);
  const sign = p.lex.anchorRelative.get(word.toLowerCase().replace(/\s+/gu, " ")) ?? -1;
  const timeml = p.lex.units.get(unit.toLowerCase());
  if (!Number.isFinite(n) || !Number.isInteger(n)) return fixed(null);
  if (timeml?.startsWith("T")) {
    return { kind: "offset", unit: "day", n: 0 };
  }
  const base = { D: "day", W: "week", M: "month", Y: "year" } as const;
  const u = base[timeml as keyof typeof base];
  return u ? { kind: "offset", unit: u, n: sign * n } : fixed(null);
}

/** The number a word or digits give; NaN for "several". */
export function numberOf(p: Patterns, words: string): number {
  const w = words.toLowerCase().replace(/\s+/gu, " ");
  const known = p.lex.numbers.get(w);
  if (known !== undefined) return known;
  const digits = Number(w.replace(/,/gu, ""));
  return /^[\d,.]+$/u.test(w) ? digits : Number.NaN;
}

/** `P3D`, `PT24H`, `P2Y`, `PXY` (unknown count). */
export function durationValue(n: number, unit: string): string {
  const count = Number.isFinite(n) ? String(n) : "X";
  return unit.startsWith("T") ? `PT${count}${unit.slice(1)}` : `P${count}${unit}`;
}

function setValue(p: Patterns, m: RegExpMatchArray): string | null {
  const adverb = m[5];
  if (adverb) return p.lex.setAdverbs.get(adverb.toLowerCase()) ?? null;
  const unit = m[2] ?? m[4];
  const timeml = unit ? p.lex.units.get(unit.toLowerCase()) : undefined;
  if (!timeml) return null;
  const n = m[1] ? numberOf(p, m[1]) : 1;
  return durationValue(n, timeml);
}

function monthOf(p: Patterns, word: string): number | undefined {
  return p.months.get(word.toLowerCase().replace(/\.$/u, ""));
}

/** A four-digit number is a year unless its neighbours make it a count, a code or part of a number. */
function isYear(p: Patterns, text: string, at: number, digits: string): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  const after = text.slice(at + digits.length, at + digits.length + 24);
  if (/[-–]$/u.test(before) && !/(?:\p{L}|(?:18|19|20)\d\d)[-–]$/u.test(before)) return false;
  if (/^[-–]\p{N}/u.test(after) && !/^[-–](?:\d\d|(?:18|19|20)\d\d)(?!\p{N}|[/.\-–]\p{N})/u.test(after))
    return false;
  if (/\p{N}\s$/u.test(before) || /^\s\p{N}{2}/u.test(after)) return false; // "+7 727 2501 2014"
  const prev = before.toLowerCase().match(/([\p{L}.]+(?:\s+[\p{L}.]+)?)\s+$/u)?.[1] ?? "";
  const last = prev.split(/\s+/u).at(-1) ?? "";
  if (p.lex.notYearBefore.has(last) || p.lex.notYearBefore.has(prev)) return false;
  const next = after.toLowerCase().match(/^\s+([\p{L}]+)/u)?.[1] ?? "";
  return !p.lex.notYearAfter.has(next);
}

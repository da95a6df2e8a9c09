// What a number of the figures stage counts: the unit a list gives its items, a number with no
// noun that still counts people, and the people an act befell (an event's count, not a tally).
import type { Document, QuantityAnnotation, Token } from "../../model/document.js";

/** Words between two items of a list, then its separator ("religious, ", "terrorist and "). */
const LIST_GAP = /^[\s\p{L}'’-]{0,60}?(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)$/u;

/** Words of a clause (a verb's auxiliary or a participle) that a list's gap never holds. */
const CLAUSE_WORDS = /\b(?:were|was|are|is|have|has|had|been|be|being|will|would)\b|\b\p{L}+ed\b/iu;

/** A word that can be a head noun counted by a number of two or more (a plural or a known unit). */
function pluralUnit(unit: string | null, units: ReadonlySet<string>): boolean {
  return unit !== null && (unit === "people" || units.has(unit) || /s$/u.test(unit));
}

/** What a quantity counts: its unit, and the subject phrase when a list lent it one. */
export interface Counted {
  readonly unit: string | null;
  /** "religious organisations" for the "21 religious" of a list of organisations; else null. */
  readonly subject: string | null;
}

/**
 * What each quantity counts once a list has lent its last item's unit to the items before it:
 * "21 religious, 2 occult and 4 extremist organisations" counts organisations three times. An
 * item with a plural noun of its own ("two pistols, six magazines") keeps it.
 */
export function listUnits(
  doc: Document,
  quantities: readonly QuantityAnnotation[],
  units: ReadonlySet<string>,
): Counted[] {
  const out: Counted[] = quantities.map((q) => ({ unit: q.unit, subject: null }));
  let first = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as QuantityAnnotation;
    const next = quantities[i + 1];
    const gap = next ? doc.text.slice(q.span.end, next.span.start) : "";
    // "30 were detained and 12 homes were searched": two clauses, not one list
    if (next && LIST_GAP.test(gap) && !CLAUSE_WORDS.test(gap)) continue;
    if (i > first) thingsOnly(doc, quantities, first, i, out, units);
    const unit = q.unit;
    if (i > first && unit !== null && unit !== "years" && pluralUnit(unit, units)) {
      for (let j = first; j < i; j++) {
        const item = quantities[j] as QuantityAnnotation;
        if (pluralUnit(item.unit, units)) continue;
        const words = doc.text.slice(item.span.end, (quantities[j + 1] as QuantityAnnotation).span.start);
        const modifier = words.replace(/(?:,|\s(?:and|or)\b)[\s\S]*$/u, "").trim();
        out[j] = { unit, subject: modifier ? `${modifier} ${unit}` : unit };
      }
    }
    first = i + 1;
  }
  return out;
}

/** A thing a list counts: a plural noun of its own that is neither people nor a figure's unit. */
function thing(unit: string | null, units: ReadonlySet<string>): boolean {
  return unit !== null && unit !== "people" && !units.has(unit) && /s$/u.test(unit);
}

/**
 * In a list of things ("two rifles, two Kalashnikovs and six magazines") a capitalised plural
 * taken for a people's name is a thing too: its unit becomes the word itself.
 */
function thingsOnly(
  doc: Document,
  quantities: readonly QuantityAnnotation[],
  first: number,
  last: number,
  out: Counted[],
  units: ReadonlySet<string>,
): void {
  for (let j = first; j <= last; j++) {
    const item = quantities[j] as QuantityAnnotation;
    if (item.unit !== "people" || !item.counted) continue;
    const word = doc.text.slice(item.counted.start, item.counted.end);
    if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) continue;
    const others = quantities.slice(first, last + 1).filter((x) => x !== item);
    if (others.every((x) => thing(x.unit, units))) out[j] = { unit: word.toLowerCase(), subject: null };
  }
}

/** The next quantity when it is the next item of the same list, for the evidence's end. */
export function nextListItem(
  doc: Document,
  quantities: readonly QuantityAnnotation[],
  i: number,
): QuantityAnnotation | undefined {
  const q = quantities[i] as QuantityAnnotation;
  const next = quantities[i + 1];
  return next && LIST_GAP.test(doc.text.slice(q.span.end, next.span.start)) ? next : undefined;
}

/**
 * A number with no noun that still counts people: the subject of a verb ("of whom 50 were
 * women", "eight have been convicted", "the 22 said to have been killed") or a part of a group
 * named after it ("two of those wounded remained in hospital"). Not an age ("Name, 25,").
 */
export function elliptical(doc: Document, q: QuantityAnnotation): boolean {
  const before = doc.text.slice(Math.max(0, q.span.start - 3), q.span.start);
  if (/,\s*$|\(\s*$/u.test(before)) return false;
  const after = doc.text.slice(q.span.end, q.span.end + 40);
  return (
    /^\s+(?:were|are|was|is|have|has|had|remain(?:ed)?)\b/u.test(after) ||
    /^\s+(?:said|believed|thought|reported|known)\s+to\b/u.test(after) ||
    /^\s+of\s+(?:those|them|these|whom)\b/u.test(after)
  );
}

/** Is the quantity the subject of a verb of an event's act ("eight people have died", "1,400 have been arrested")? */
export function countedByAct(doc: Document, q: QuantityAnnotation, verbs: ReadonlySet<string>): boolean {
  const from = q.counted ? Math.max(q.counted.end, q.span.end) : q.span.end;
  const after = doc.text.slice(from, from + 40).toLowerCase();
  const m = /^\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+|also\s+)?(\p{L}+)/u.exec(after);
  return !!m && verbs.has(m[1] as string);
}

/**
 * Is the quantity the object of an act's verb ("failed to arrest four more men", "plans to
 * detain 30 people")? Those are the act's people, whether or not the act took place.
 */
export function objectOfAct(
  doc: Document,
  tokens: readonly Token[],
  q: QuantityAnnotation,
  acts: ReadonlyMap<string, unknown>,
): boolean {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).span.end <= q.span.start) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo - 1];
  if (!t || /\S/u.test(doc.text.slice(t.span.end, q.span.start))) return false;
  const word = doc.text.slice(t.span.start, t.span.end).toLowerCase();
  return (t.pos === undefined || t.pos === "VERB") && acts.has((t.lemma ?? word).toLowerCase());
}

/** The noun just before "of" a quantity ("the bodies of four militants" → "bodies"), or "". */
function nounOf(doc: Document, q: QuantityAnnotation): string {
  const before = doc.text.slice(Math.max(0, q.span.start - 20), q.span.start).toLowerCase();
  return /(\p{L}+)\s+of\s+$/u.exec(before)?.[1] ?? "";
}

/** Is the counted noun (or the noun just before "of" it) one that names an event's people? */
export function restates(doc: Document, q: QuantityAnnotation, nouns: ReadonlySet<string>): boolean {
  const counted = q.counted ? doc.text.slice(q.counted.start, q.counted.end).toLowerCase() : "";
  const head = counted.split(/\s+/u).at(-1) ?? "";
  return nouns.has(head) || nouns.has(nounOf(doc, q));
}

/** Is the quantity the size of a list ("the names of 27 people", "a list of 40 groups")? */
export function listSize(doc: Document, q: QuantityAnnotation, nouns: ReadonlySet<string>): boolean {
  return nouns.has(nounOf(doc, q));
}

// Numbers that count nothing: years and days of dates, times of day, labels ("Article 233"), phone numbers, "one of the".
import type { QuantityLexicon } from "../../resources/quantity-lexicon.js";
import type { NumberMatch } from "./numbers.js";
import { joined, type Word } from "./words.js";

const YEAR = /^\d{4}$/u;
const PHONE_PART = /^\+\d|^\d+(?:-\d+){2,}$/u;

/** True when the number at `n` is a count (or an amount), not part of a date, time, label or phone number. */
export function isCount(
  ws: readonly Word[],
  n: NumberMatch,
  lex: QuantityLexicon,
  months: ReadonlyMap<string, number>,
): boolean {
  const w = ws[n.from] as Word;
  const prev = ws[n.from - 1];
  const next = ws[n.to];
  if (n.value === null) return true;
  if (prev && lex.labels.has(prev.lower)) return false;
  if (
    prev?.text === "-" &&
    joined(ws, n.from - 2) &&
    joined(ws, n.from - 1) &&
    /\p{L}/u.test(ws[n.from - 2]?.text ?? "")
  ) {
    return false; // "COVID-19", "Su-25", "AK-47"
  }
  if (n.digits) {
    if (next && lex.timeOfDay.has(next.lower) && n.to === n.from + 1) return false;
    if (isDatePart(ws, n, months) && !countsPeople(ws, n, lex)) return false;
    if (nearPhone(ws, n.from) || glued(ws, n)) return false;
  }
  if (n.value === 1 && !n.digits && n.to === n.from + 1) return isCountingOne(ws, n, lex);
  if (!n.digits && next?.lower === "of" && lex.partitiveStops.has(w.lower)) return false;
  return true;
}

/** A day next to a month name ("December 21", "19 March") or a year ("in 2016", "2016-17"). */
function isDatePart(ws: readonly Word[], n: NumberMatch, months: ReadonlyMap<string, number>): boolean {
  const w = ws[n.from] as Word;
  const isMonth = (x: Word | undefined) => !!x && months.has(x.lower) && /^\p{Lu}/u.test(x.text);
  const single = n.to === n.from + 1;
  if (single && n.value !== null && n.value <= 31 && Number.isInteger(n.value)) {
    if (isMonth(ws[n.from - 1]) || isMonth(ws[n.to]) || (ws[n.to]?.lower === "of" && isMonth(ws[n.to + 1]))) {
      return true;
    }
  }
  const year = w.text.slice(0, 4);
  if (single && (YEAR.test(w.text) || /^\d{4}[-–]\d{2,4}$/u.test(w.text)) && +year >= 1800 && +year <= 2100) {
    return true;
  }
  return false;
}

/** "2000 people": a year-like number that counts people is a count. */
function countsPeople(ws: readonly Word[], n: NumberMatch, lex: QuantityLexicon): boolean {
  const next = ws[n.to];
  return (
    !!next && next.pos === "NOUN" && (lex.units.get(next.lower) ?? lex.units.get(next.lemma)) === "people"
  );
}

/** A number glued to letters is part of a name, handle or address ("1500tasvir"). */
function glued(ws: readonly Word[], n: NumberMatch): boolean {
  const letters = (x: Word | undefined) => !!x && /\p{L}/u.test(x.text);
  return (joined(ws, n.from - 1) && letters(ws[n.from - 1])) || (joined(ws, n.to - 1) && letters(ws[n.to]));
}

function nearPhone(ws: readonly Word[], i: number): boolean {
  for (let k = i - 3; k <= i + 3; k++) if (PHONE_PART.test(ws[k]?.text ?? "")) return true;
  return false;
}

/** "one" counts only before what it counts: not in "one of the", "no one", "one another", "the one who". */
function isCountingOne(ws: readonly Word[], n: NumberMatch, lex: QuantityLexicon): boolean {
  const prev = ws[n.from - 1];
  const next = ws[n.to];
  if (prev && lex.notAfter.has(prev.lower)) return false;
  if (
    !next ||
    next.lower === "of" ||
    next.lower === "another" ||
    next.lower === "who" ||
    next.lower === "that"
  ) {
    return false;
  }
  return next.pos !== "PUNCT" || ["‘", "'", "“", '"'].includes(next.text);
}

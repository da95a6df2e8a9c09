// Numbers at a word: digits ("1,200", "2.5 million", "35-40"), number words ("twenty-one", "a dozen") and vague amounts ("dozens of").
import type { QuantityLexicon } from "../../resources/quantity-lexicon.js";
import { joined, matchesAt, type Word } from "./words.js";

export interface NumberMatch {
  /** First word of the number. */
  readonly from: number;
  /** One past its last word. */
  readonly to: number;
  /** null for a vague amount ("several"). */
  readonly value: number | null;
  /** The upper end of a range written as one token ("35-40"). */
  readonly upper?: number | undefined;
  /** True when the number is written in digits. */
  readonly digits: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
const DIGIT_RANGE = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/u;

const num = (s: string): number => Number(s.replace(/,/gu, ""));

/** The number that starts at word `i`, or null. */
export function numberAt(ws: readonly Word[], i: number, lex: QuantityLexicon): NumberMatch | null {
  for (const p of lex.several) {
    if (matchesAt(ws, i, p)) return { from: i, to: i + p.length, value: null, digits: false };
  }
  const w = ws[i];
  if (!w) return null;
  if (DIGITS.test(w.text)) return scaled(ws, i, num(w.text), undefined, lex);
  const range = DIGIT_RANGE.exec(w.text);
  if (range) return scaled(ws, i, num(range[1] as string), num(range[2] as string), lex);
  return wordNumber(ws, i, lex);
}

/** Digits followed by multiplier words ("2.5 million", "5 lakh"). */
function scaled(
  ws: readonly Word[],
  i: number,
  value: number,
  upper: number | undefined,
  lex: QuantityLexicon,
): NumberMatch {
  let to = i + 1;
  let factor = 1;
  for (
    let m = lex.multipliers.get(ws[to]?.lower ?? "");
    m !== undefined;
    m = lex.multipliers.get(ws[to]?.lower ?? "")
  ) {
    factor *= m;
    to++;
  }
  const times = (x: number) => Math.round(x * factor * 1000) / 1000;
  return {
    from: i,
    to,
    value: times(value),
    upper: upper === undefined ? undefined : times(upper),
    digits: true,
  };
}

/** Number words: "seven", "twenty-one", "two hundred and fifty", "a dozen", "five million". */
function wordNumber(ws: readonly Word[], i: number, lex: QuantityLexicon): NumberMatch | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  const article = ws[i]?.lower === "a" || ws[i]?.lower === "an";
  if (article) {
    if (!lex.multipliers.has(ws[i + 1]?.lower ?? "")) return null;
    current = 1;
    j++;
  }
  while (j < ws.length) {
    const w = (ws[j] as Word).lower;
    const small = lex.numbers.get(w);
    const mult = lex.multipliers.get(w);
    if (small !== undefined && (current % 100 === 0 || (current % 10 === 0 && small < 10))) {
      current += small;
    } else if (mult !== undefined && (seen || article)) {
      if (mult >= 1000) {
        total += (current || 1) * mult;
        current = 0;
      } else current = (current || 1) * mult;
    } else if (
      seen &&
      w === "-" &&
      joined(ws, j - 1) &&
      joined(ws, j) &&
      isUnit(ws[j + 1], lex) &&
      current % 10 === 0
    ) {
      j++;
      continue;
    } else if (
      seen &&
      w === "and" &&
      lex.numbers.has(ws[j + 1]?.lower ?? "") &&
      current % 100 === 0 &&
      current + total > 0
    ) {
      j++;
      continue;
    } else break;
    seen = true;
    j++;
  }
  if (!seen) return null;
  return { from: i, to: j, value: total + current, digits: false };
}

/** A number word below ten (the second half of "twenty-one"). */
function isUnit(w: Word | undefined, lex: QuantityLexicon): boolean {
  const v = w ? lex.numbers.get(w.lower) : undefined;
  return v !== undefined && v > 0 && v < 10;
}

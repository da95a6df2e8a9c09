// Text normalisation of the reference scorer (gold/score.py): norm, low, toks and tok_f1, character for character.
import { pyText } from "./pyjson.js";

/** score.py's QUOTES translation table: curly quotes and dashes to ASCII, soft hyphens removed. */
export const QUOTES: ReadonlyMap<string, string> = new Map([
  ["\u2018", "'"],
  ["\u2019", "'"],
  ["\u201c", '"'],
  ["\u201d", '"'],
  ["\u2013", "-"],
  ["\u2014", "-"],
  ["\u00ad", ""],
]);
const QUOTE_CHAR = /[\u2018\u2019\u201c\u201d\u2013\u2014\u00ad]/g;

/**
 * A run of Python's `\s` (str patterns), which is the set of `str.isspace()`: JavaScript's `\s`
 * without U+FEFF, plus U+001C..U+001F (file/group/record/unit separators) and U+0085 (NEL).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python's \s includes the separators U+001C..U+001F.
const PY_SPACE_RUN = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** True when `s` is empty or all Python whitespace, i.e. Python's `s.strip()` is empty. */
export function isBlank(s: string): boolean {
  return s.replace(PY_SPACE_RUN, "") === "";
}

/**
 * A run of Python's `\w` (str patterns): `_` and every character for which `str.isalnum()` holds,
 * i.e. general categories L* and N*. Combining marks (M*) are not word characters in either.
 */
const PY_WORD_RUN = /[\p{L}\p{N}_]+/gu;

/** `norm(s)`: quotes folded, every whitespace run collapsed to one space, trimmed; falsy input gives "". */
export function norm(s: unknown): string {
  const folded = pyText(s).replace(QUOTE_CHAR, (q) => QUOTES.get(q) ?? q);
  const collapsed = folded.replace(PY_SPACE_RUN, " ");
  // After collapsing, the only whitespace left is single spaces; String.trim would also strip U+FEFF.
  const start = collapsed.startsWith(" ") ? 1 : 0;
  const end = collapsed.endsWith(" ") ? collapsed.length - 1 : collapsed.length;
  return start >= end ? "" : collapsed.slice(start, end);
}

/** `low(s)`: norm, then Python's `str.lower()` (full, locale-free case mapping, as `toLowerCase`). */
export function low(s: unknown): string {
  return norm(s).toLowerCase();
}

/** `toks(s)`: the `\w+` runs of `low(s)`. */
export function toks(s: unknown): string[] {
  return low(s).match(PY_WORD_RUN) ?? [];
}

/** `tok_f1(a, b)`: F1 of the token multisets of `a` and `b`; 0 when either has no token. */
export function tokF1(a: unknown, b: unknown): number {
  const ta = toks(a);
  const tb = toks(b);
  if (ta.length === 0 || tb.length === 0) return 0.0;
  const countA = countTokens(ta);
  const countB = countTokens(tb);
  let common = 0;
  for (const [t, n] of countA) common += Math.min(n, countB.get(t) ?? 0);
  if (common === 0) return 0.0;
  const p = common / ta.length;
  const r = common / tb.length;
  // Same operation order as Python's `2 * p * r / (p + r)`, so the same double.
  return (2 * p * r) / (p + r);
}

function countTokens(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

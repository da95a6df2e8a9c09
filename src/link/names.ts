// Spelling keys of names: diacritics, hyphens, transliteration variants and one-letter slips collapse to one key.
import type { NameRules } from "./knowledge.js";

/** Lower-cased, diacritic-free words of a name (letters and digits; punctuation and spaces separate). */
export function plainWords(s: string): string[] {
  const bare = s.normalize("NFKD").replace(/\p{M}+/gu, "");
  return (bare.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean);
}

/** One word's spelling key: the rewrites, then double letters as one, then the ending rewrites. */
export function spellWord(word: string, rules: NameRules): string {
  let w = word;
  for (const [from, to] of rules.rewrites) if (w.includes(from)) w = w.split(from).join(to);
  w = w.replace(/(\p{L})\1+/gu, "$1");
  for (const [from, to] of rules.endings) {
    if (w.length > from.length + 2 && w.endsWith(from)) {
      w = w.slice(0, -from.length) + to;
      break;
    }
  }
  return w;
}

/** A name's words as spelling keys, without leading articles ("the"). */
export function nameTokens(name: string, rules: NameRules): string[] {
  const words = plainWords(name);
  while (words.length > 1 && rules.articles.has(words[0] as string)) words.shift();
  return words.map((w) => spellWord(w, rules));
}

/** A name's spelling key: its word keys run together, so "Hizb ut-Tahrir" = "Hizbut Tahrir". */
export function nameKey(name: string, rules: NameRules): string {
  return nameTokens(name, rules).join("");
}

/** "FSB", "NIA", "RAB": one word of two to six capitals (digits allowed after the first letter). */
export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z0-9]{1,5}$/u.test(s.replace(/[.\-&]/gu, ""));
}

const SMALL_WORDS = new Set(["of", "the", "and", "for", "in", "on", "de", "al", "ul", "ut"]);

/** The capitals a full name abbreviates to ("National Investigation Agency" → "NIA"). */
export function initials(name: string): string {
  return plainWords(name)
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => (w[0] as string).toUpperCase())
    .join("");
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Two word keys that are one spelling: equal, or long enough and one letter apart (Mirhashemi/Mirehashemi). */
export function closeWords(a: string, b: string, rules: NameRules): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= rules.minFuzzyLength && editDistance(a, b, 1) <= 1;
}

function stem(word: string, rules: NameRules): string {
  for (const e of rules.stemEndings)
    if (word.length > e.length + 3 && word.endsWith(e)) return word.slice(0, -e.length);
  return word;
}

/**
 * Two names of bodies or groups that are one name: the same number of words, each pair equal once
 * inflection is stripped ("Investigation"/"Investigating"), and at most one pair one letter apart.
 */
export function sameBodyName(a: readonly string[], b: readonly string[], rules: NameRules): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let slips = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y || stem(x, rules) === stem(y, rules)) continue;
    if (!closeWords(x, y, rules) || ++slips > 1) return false;
  }
  return true;
}

/**
 * Two people's names that are one person: the same first name and either every word one spelling
 * (at most one slip), or every word of the shorter name (two words or more) among the other's name
 * and mentions ("Zakir Musa" and "Zakir Ahmad Bhat", mentioned as "Musa").
 */
export function samePersonName(
  a: readonly string[],
  aPool: ReadonlySet<string>,
  b: readonly string[],
  bPool: ReadonlySet<string>,
  rules: NameRules,
): boolean {
  if (a.length < 2 || b.length < 2 || a[0] !== b[0]) return false;
  if (a.length === b.length) {
    let slips = 0;
    for (let i = 1; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (!closeWords(a[i] as string, b[i] as string, rules) || ++slips > 1) return false;
    }
    return true;
  }
  const [short, pool] = a.length < b.length ? [a, bPool] : [b, aPool];
  return short.every((w) => pool.has(w));
}

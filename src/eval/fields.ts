// Field comparisons of the reference scorer: same_phrase, same_source, place_key and the counts rule.
import { asDict, type Dict, get, isNone, pyEq, pyText, truthy } from "./pyjson.js";
import { low, tokF1 } from "./text.js";

/** `same_phrase(g, s)`: both None, or token F1 >= 0.5, or one contains the other (after `low`). */
export function samePhrase(g: unknown, s: unknown): boolean {
  if (isNone(g) || isNone(s)) return isNone(g) && isNone(s);
  return tokF1(g, s) >= 0.5 || low(s).includes(low(g)) || low(g).includes(low(s));
}

/** `same_source(g, s)`: "author" (a missing system source counts as "author") only matches "author". */
export function sameSource(g: unknown, s: unknown): boolean {
  const goldAuthor = low(g) === "author";
  const systemAuthor = low(truthy(s) ? s : "author") === "author";
  if (goldAuthor || systemAuthor) return goldAuthor && systemAuthor;
  return samePhrase(g, s);
}

/** `place_key(p)`: (low(name), upper-cased country or ""), encoded as one string for set use. */
export function placeKey(item: unknown): string {
  const p = asDict(item, "a place");
  const country = get(p, "country");
  return JSON.stringify([low(get(p, "name")), truthy(country) ? pyText(country).toUpperCase() : ""]);
}

/** The counts rule: every gold role present with equal value and qualifier, and no extra role. */
export function sameCounts(gold: Dict, system: Dict): boolean {
  for (const [role, item] of Object.entries(gold)) {
    if (!Object.hasOwn(system, role)) return false;
    const s = asDict(system[role], `counts.${role}`);
    const c = asDict(item, `counts.${role}`);
    if (!pyEq(get(s, "value"), get(c, "value")) || !pyEq(get(s, "qualifier"), get(c, "qualifier")))
      return false;
  }
  return Object.keys(system).every((role) => Object.hasOwn(gold, role));
}

// Choosing what a mention denotes: filtering names used as words, people or organisations, and
// picking one gazetteer entry by kind cue, the document's countries and how well known the place is.
import {
  foldName,
  type Gazetteer,
  lookupPlaces,
  type PlaceEntry,
  type PlaceOrigin,
} from "../../resources/gazetteer.js";
import type { Mention, TokenView } from "./mentions.js";

/** Country code → weight of its evidence in the document (country names, demonyms, sure places). */
export type CountryContext = Map<string, number>;

const DIRECTIONS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "upper",
  "lower",
  "greater",
]);

const isCountry = (m: Mention) => m.entries.some((e) => e.origin === "country");
/** Places known without context: countries, the alias table, first-level regions, capitals. */
const strong = (e: PlaceEntry) => e.origin !== "admin2" && (e.origin !== "city" || e.seat);

/** The countries a document is about: named countries, demonyms ("Kyrgyz police"), unambiguous places. */
export function countryContext(g: Gazetteer, v: TokenView, mentions: readonly Mention[]): CountryContext {
  const ctx: CountryContext = new Map();
  const bump = (code: string | null, w: number) => {
    if (code) ctx.set(code, (ctx.get(code) ?? 0) + w);
  };
  for (let i = 0; i < v.length; i++)
    if (v.cap(i)) bump(g.demonyms.get(foldName(v.words[i] as string)) ?? null, 1);
  for (const m of mentions) {
    const country = m.entries.find((e) => e.origin === "country");
    const countries = new Set(m.entries.filter(strong).map((e) => e.country));
    if (country) bump(country.country, 3);
    else if (countries.size === 1) bump([...countries][0] ?? null, 1);
  }
  return ctx;
}

/** Whether a gazetteer name is used as a place here, not as a word, a person's or an organisation's name. */
export function isPlaceUse(
  g: Gazetteer,
  v: TokenView,
  m: Mention,
  ctx: CountryContext,
  people: Set<string>,
  known: ReadonlySet<string> = new Set(),
): boolean {
  if (m.facility || m.entries.length === 0) return true;
  const key = foldName(v.doc.text.slice(m.start, m.end));
  if (g.demonyms.has(key) || (g.cues.commonWords.has(key) && !m.cue)) return false;
  if (m.end - m.start < 3 && !/^\p{Lu}+$/u.test(v.doc.text.slice(m.start, m.end))) return false;
  const country = isCountry(m);
  const alias = m.entries.some((e) => e.origin === "alias");
  const next = v.lower[m.last + 1];
  const prev = v.lower[m.first - 1];
  const startsSentence = v.sentenceStart[m.first] ?? false;
  const nextCap = next !== undefined && v.cap(m.last + 1) && v.joined(m.last + 1);
  // "Kazakhstan Airlines", "Tehran Times": the name opens an organisation's name.
  if (nextCap && !m.cue && g.cues.orgHeads.has(next)) return false;
  if (prev && v.joined(m.first) && g.cues.titles.has(prev.replace(/\.$/u, "")) && !country) return false;
  // "Islamic Movement of Uzbekistan", "Ministry of Justice": a name after "of" inside an organisation's name.
  const before2 = v.lower[m.first - 2];
  if (prev === "of" && before2 && v.cap(m.first - 2) && !g.cues.placeOf.has(before2)) {
    if (g.cues.orgHeads.has(before2) || !m.entries.some((e) => e.origin !== "admin2" && e.origin !== "city"))
      return false;
  }
  // "Angela Merkel", "Jamaat-ul-Mujahideen Bangladesh": a capitalised word before the name.
  const afterWord =
    !startsSentence &&
    prev !== undefined &&
    v.cap(m.first - 1) &&
    v.joined(m.first) &&
    v.tokens[m.first - 1]?.pos === "PROPN" &&
    !v.sentenceStart[m.first - 1] &&
    !DIRECTIONS.has(prev);
  // "CTD Mardan Region": a unit of the organisation an acronym names, even at a sentence's start
  const acronym = prev !== undefined && v.joined(m.first) && isAcronym(v.words[m.first - 1] as string);
  if (acronym && !afterWord && !alias && !lookupPlaces(g, v.words[m.first - 1] as string).length)
    return false;
  // a surname after a first name ("Angela Merkel") is a person's name wherever it stands
  if (afterWord && !alias) {
    if (!country) people.add(key);
    return false;
  }
  if (country || alias) return true;
  if (m.cue) return true;
  if (people.has(key)) return false;
  if (nextCap && next !== "'s") return false;
  const inContext = m.entries.some((e) => e.country !== null && (ctx.get(e.country) ?? 0) > 0);
  const surely = m.entries.some((e) => strong(e) && e.country !== null && (ctx.get(e.country) ?? 0) > 0);
  const locative = isLocative(g, v, m.first);
  if (g.cues.ambiguous.has(key)) return !startsSentence && (surely || (inContext && locative));
  if (m.entries.some(strong)) return true;
  // "Sughd's Panjakent": a town after the region it is in
  const possessed = /^['’]s$/u.test(prev ?? "");
  // a town the document has already named as a place ("the town of X" … "left X for Y")
  return locative || known.has(key) || (inContext && (listed(v, m) || possessed));
}

/** "CTD", "FSB", "NIA": capitals only, two to five letters. */
export const isAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w);

/** A locative word before the name, over an article: "in Osh", "in the Brussels area". */
function isLocative(g: Gazetteer, v: TokenView, first: number): boolean {
  let k = first - 1;
  if (v.lower[k] === "the") k--;
  return g.cues.locatives.has(v.lower[k] ?? "");
}

/** The name stands in a list after a comma ("Aktobe, Atyrau"). */
function listed(v: TokenView, m: Mention): boolean {
  return v.words[m.first - 1] === "," || v.words[m.last + 1] === ",";
}

const BASE: Record<PlaceOrigin, number> = { country: 9, alias: 7, city: 3, admin1: 2.5, admin2: 1 };

/** The entry a mention most likely denotes. */
export function choose(m: Mention, ctx: CountryContext, local: ReadonlySet<string>): PlaceEntry | null {
  let best: PlaceEntry | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  const total = [...ctx.values()].reduce((a, b) => a + b, 0) || 1;
  for (const e of m.entries) {
    let score = BASE[e.origin] + (e.seat ? 0.5 : 0) - (e.bare ? 0.1 : 0);
    if (m.cue && m.cue !== "facility") {
      if (e.kind === m.cue) score += 4 + (e.bare ? 0.3 : 0);
      else if (e.kind === "country") score -= 1;
    }
    const weight = e.country ? (ctx.get(e.country) ?? 0) : 0;
    if (weight > 0) score += 3 + 2 * (weight / total);
    if (e.country && local.has(e.country)) score += 2;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** The country with the most evidence, for places the gazetteer does not know. */
export function mainCountry(ctx: CountryContext): string | null {
  let best: string | null = null;
  let w = 0;
  for (const [code, weight] of ctx) {
    if (weight > w) {
      best = code;
      w = weight;
    }
  }
  return best;
}

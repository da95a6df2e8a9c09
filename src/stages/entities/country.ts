// Which countries a document is about: country names, capitals, adjectives and the places layer's countries.
import type { Document } from "../../model/document.js";
import type { Countries } from "../../resources/kb.js";
import { type Atom, joins } from "./atoms.js";

export interface CountryHit {
  readonly code: string;
  /** Atoms [a, b) of the name or adjective. */
  readonly a: number;
  readonly b: number;
  readonly adjective: boolean;
}

/** The country name or adjective starting at atom i (longest first, up to four words), if any. */
export function countryAt(atoms: readonly Atom[], i: number, countries: Countries): CountryHit | null {
  if (!atoms[i]?.cap) return null;
  let key = "";
  let best: CountryHit | null = null;
  for (let b = i; b < Math.min(atoms.length, i + 4); b++) {
    const at = atoms[b] as Atom;
    if (b > i && (!joins(at.gap) || at.sentenceStart)) break;
    key = b > i ? `${key} ${at.lower}` : at.lower;
    const adj = countries.adjectives.get(key);
    const name = countries.names.get(key);
    if (name) best = { code: name, a: i, b: b + 1, adjective: false };
    else if (adj) best = { code: adj, a: i, b: b + 1, adjective: true };
  }
  // a lone capitalised word after it ("Kyrgyz Deputy" yes, "Georgia Smith"): the caller decides
  return best;
}

export interface CountryContext {
  /** ISO code → how often the document points at the country. */
  readonly counts: ReadonlyMap<string, number>;
  /** The country most of the document is about, when one clearly is. */
  readonly dominant: string | null;
}

export function countryContext(doc: Document, atoms: readonly Atom[], countries: Countries): CountryContext {
  const counts = new Map<string, number>();
  const add = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  const placeStarts = new Set<number>();
  for (const p of doc.layers.places ?? []) {
    placeStarts.add(p.span.start);
    if (p.country) add(p.country);
  }
  for (let i = 0; i < atoms.length; i++) {
    const hit = countryAt(atoms, i, countries);
    if (!hit) continue;
    // a place the places layer already counted is not counted twice
    if (!placeStarts.has((atoms[i] as Atom).start)) add(hit.code);
    i = hit.b - 1;
  }
  let dominant: string | null = null;
  let total = 0;
  for (const n of counts.values()) total += n;
  for (const [code, n] of counts) {
    if (n * 2 >= total && (dominant === null || n > (counts.get(dominant) ?? 0))) dominant = code;
  }
  return { counts, dominant };
}

// The entities stage: named people, organisations, government bodies, places and media, with roles and coreference.
import type { Document, EntityAnnotation, PlaceAnnotation } from "../../model/document.js";
import type { EntityType } from "../../model/reading.js";
import { span } from "../../model/span.js";
import type { KnowledgeBase } from "../../resources/kb.js";
import { defineStage } from "../stage.js";
import { type Atom, bodyAtoms } from "./atoms.js";
import { acronyms, aliases, keyOf, shortForms } from "./coref.js";
import { type CountryContext, countryContext } from "./country.js";
import { kbMentions } from "./kb-match.js";
import { type Mention, resolveOverlaps } from "./mention.js";
import { nameMentions } from "./names.js";
import { roleAt } from "./roles.js";

/** Places of the places layer as location mentions: one entity per gazetteer id, else per name. */
function placeMentions(places: readonly PlaceAnnotation[], atoms: readonly Atom[]): Mention[] {
  const out: Mention[] = [];
  const starts = new Map(atoms.map((a, i) => [a.start, i]));
  const ends = new Map(atoms.map((a, i) => [a.end, i]));
  for (const p of places) {
    const a = starts.get(p.span.start);
    const b = ends.get(p.span.end);
    if (a === undefined || b === undefined) continue;
    const group = `loc:${p.geonameId ?? `${p.name.toLowerCase()}|${p.country ?? ""}`}`;
    out.push({
      a,
      b: b + 1,
      start: p.span.start,
      end: p.span.end,
      type: "location",
      name: p.name,
      rule: "place",
      country: p.country ?? null,
      group,
      rank: 3,
    });
  }
  return out;
}

/** Groups mentions whose keys were declared the same (union-find over keys). */
class Keys {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let r = k;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r) as string;
    return r;
  }
  unite(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // a knowledge-base key stays the representative
    if (rb.startsWith("kb:") || !ra.startsWith("kb:")) this.parent.set(ra, rb);
    else this.parent.set(rb, ra);
  }
}

export function findEntities(doc: Document, kb: KnowledgeBase): EntityAnnotation[] {
  const atoms = bodyAtoms(doc);
  const ctx = countryContext(doc, atoms, kb.countries);
  const known = kbMentions(atoms, kb, ctx);
  const places = placeMentions(doc.layers.places ?? [], atoms);
  const placeStarts = new Set(places.map((p) => p.start));
  let mentions = resolveOverlaps([...known, ...places, ...nameMentions(atoms, kb, known, placeStarts)]);
  const keys = new Keys();
  const acr = acronyms(doc.text, atoms, mentions);
  mentions = [...mentions, ...acr.added];
  for (const [x, y] of acr.same) keys.unite(x, y);
  const short = shortForms(atoms, mentions, kb);
  mentions = [...mentions, ...short.added].sort((x, y) => x.start - y.start);
  for (const [x, y] of [...short.same, ...aliases(doc.text, mentions, kb)])
    keys.unite(keyOf(x, doc.text), keyOf(y, doc.text));
  return group(doc, atoms, mentions, keys, kb, ctx);
}

function group(
  doc: Document,
  atoms: readonly Atom[],
  mentions: readonly Mention[],
  keys: Keys,
  kb: KnowledgeBase,
  ctx: CountryContext,
): EntityAnnotation[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = keys.find(keyOf(m, doc.text));
    const list = groups.get(k);
    if (list) list.push(m);
    else groups.set(k, [m]);
  }
  const author = doc.layers.zones?.meta.author?.toLowerCase().trim();
  const out: EntityAnnotation[] = [];
  for (const [key, ms] of groups) {
    const surfaces = [...new Set(ms.map((m) => doc.text.slice(m.start, m.end).replace(/\s+/gu, " ")))];
    const entry = ms.find((m) => m.entry)?.entry;
    const longest = surfaces.reduce((x, y) => (y.length > x.length ? y : x));
    const name = entry?.name ?? (ms[0]?.type === "location" ? (ms[0]?.name ?? longest) : longest);
    const type: EntityType = entry?.type ?? (ms[0] as Mention).type;
    if (type === "person" && author && surfaces.some((s) => s.toLowerCase() === author)) continue;
    const role =
      type === "person"
        ? (ms.map((m) => roleAt(doc.text, atoms, m, kb)).find((r) => r) ?? entry?.role ?? null)
        : (entry?.role ?? null);
    const country = entry
      ? entry.country
      : (ms.find((m) => m.country)?.country ?? (type === "location" ? null : ctx.dominant));
    out.push({
      id: key.startsWith("kb:") ? key : `doc:${type}:${name}`,
      name,
      type,
      mentions: surfaces,
      role,
      country,
      spans: ms.map((m) => span(m.start, m.end)),
    });
  }
  return out;
}

export const entities = defineStage({
  name: "entities",
  version: "1.0.0",
  requires: ["sentences", "places"],
  provides: "entities",
  run(doc, resources): readonly EntityAnnotation[] {
    return findEntities(doc, resources.kb);
  },
});

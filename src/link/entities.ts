// Entity units: one per spelling of a name in a country, with the keys that make spellings one entity
// (knowledge-base ids, country names, mentions, acronyms) and the fuzzy rules between spellings.
import type { Entity, EntityType, Reading } from "../model/reading.js";
import { type LinkKnowledge, phraseKey } from "./knowledge.js";
import { initials, isAcronym, nameTokens, plainWords, sameBodyName, samePersonName } from "./names.js";
import type { KindRules, Unit } from "./units.js";

export type Family = "person" | "body" | "location" | "media";

export interface EntityData {
  readonly family: Family;
  readonly country: string | null;
  /** Spelling keys of the name's words. */
  readonly tokens: readonly string[];
  /** Spelling keys of every word of the name and its mentions (people: "Zakir Ahmad Bhat" alias "Musa"). */
  readonly pool: readonly string[];
  /** A person named by one word only ("Carlin"): linked to a full name only when exactly one fits. */
  readonly single: boolean;
}

const FAMILY: Readonly<Record<EntityType, Family>> = {
  person: "person",
  organization: "body",
  government_body: "body",
  location: "location",
  media: "media",
};

/** The knowledge-base entry a name or its mentions name, when exactly one fits the entity's type and country. */
export function kbIdOf(e: Entity, k: LinkKnowledge): string | null {
  const given = (e as { id?: unknown }).id;
  if (typeof given === "string" && given.startsWith("kb:")) return given;
  const fits = (names: readonly string[]): Set<string> => {
    const ids = new Set<string>();
    for (const n of names) {
      for (const s of k.aliases.get(phraseKey(n)) ?? []) {
        if (FAMILY[s.type] !== FAMILY[e.type]) continue;
        if (s.generic && (s.country === null || s.country !== e.country)) continue;
        ids.add(`kb:${s.id}`);
      }
    }
    return ids;
  };
  for (const names of [[e.name], e.mentions]) {
    const ids = fits(names);
    if (ids.size === 1) return [...ids][0] as string;
    if (ids.size > 1) return null;
  }
  return null;
}

/** Unit ids already worked out, per knowledge and entity (events ask for the ids of their reading's entities). */
const unitIds = new WeakMap<LinkKnowledge, WeakMap<Entity, string>>();

/** The unit id of an entity: its knowledge-base id, its country's code, or its spelling key in its country. */
export function entityUnitId(e: Entity, k: LinkKnowledge): string {
  let known = unitIds.get(k);
  if (!known) {
    known = new WeakMap();
    unitIds.set(k, known);
  }
  let id = known.get(e);
  if (id === undefined) {
    id = unitIdOf(e, k);
    known.set(e, id);
  }
  return id;
}

function unitIdOf(e: Entity, k: LinkKnowledge): string {
  const kb = kbIdOf(e, k);
  if (kb) return kb;
  const family = FAMILY[e.type];
  if (family === "location") {
    const code = k.countryNames.get(phraseKey(e.name));
    if (code && (!e.country || e.country === code)) return `cc:${code}`;
  }
  return `n:${family}:${e.country ?? "-"}:${nameTokens(e.name, k.names).join("")}`;
}

/** The unit of one entity of a reading, with its keys. */
export function entityUnit(e: Entity, k: LinkKnowledge): Unit<EntityData> {
  const id = entityUnitId(e, k);
  const family = FAMILY[e.type];
  const cc = e.country ?? "-";
  const tokens = nameTokens(e.name, k.names);
  const single = family === "person" && tokens.length === 1;
  const keys = new Set<string>([`s:${id}`]);
  const pool = new Set(tokens);
  for (const m of e.mentions) {
    const t = nameTokens(m, k.names);
    for (const w of t) pool.add(w);
    if (isAcronym(m.trim())) {
      if (initials(e.name) === m.replace(/[.\-&\s]/gu, "") || isAcronym(e.name.trim()))
        keys.add(`s:acr:${family}:${cc}:${m.replace(/[.\-&\s]/gu, "")}`);
    } else if (t.length > 1 || (family !== "person" && t.length === 1)) {
      keys.add(`s:n:${family}:${cc}:${t.join("")}`);
    }
    if (family === "person" && t.length === 1 && !single) keys.add(`~sur:${cc}:${t[0]}`);
  }
  if (isAcronym(e.name.trim())) keys.add(`s:acr:${family}:${cc}:${e.name.replace(/[.\-&\s]/gu, "")}`);
  if (family === "person") keys.add(`~sur:${cc}:${tokens[tokens.length - 1]}`);
  if ((family === "person" || family === "body") && tokens.length > 1)
    keys.add(`b:${family}:${cc}:${tokens[0]}`);
  return {
    id,
    doc: null,
    keys: [...keys],
    data: { family, country: e.country ?? null, tokens, pool: [...pool], single },
  };
}

function sharesStrongKey(a: Unit<EntityData>, b: Unit<EntityData>): boolean {
  const mine = new Set(a.keys.filter((x) => x.startsWith("s:")));
  return b.keys.some((x) => mine.has(x));
}

export function entityRules(k: LinkKnowledge): KindRules<EntityData> {
  return {
    kind: "entities",
    related(a, b) {
      if (sharesStrongKey(a, b)) return true;
      const x = a.data;
      const y = b.data;
      if (x.family !== y.family || x.country !== y.country || x.single || y.single) return false;
      if (x.family === "person")
        return samePersonName(x.tokens, new Set(x.pool), y.tokens, new Set(y.pool), k.names);
      if (x.family === "body") return sameBodyName(x.tokens, y.tokens, k.names);
      return false;
    },
    cluster: (units) => [units.map((u) => u.id)],
    merge(stored, fresh) {
      const keys = new Set([...stored.keys, ...fresh.keys]);
      const pool = new Set([...stored.data.pool, ...fresh.data.pool]);
      if (keys.size === stored.keys.length && pool.size === stored.data.pool.length) return stored;
      return { ...stored, keys: [...keys], data: { ...stored.data, pool: [...pool] } };
    },
  };
}

/** The `doc#name` refs of a reading's entities with their units. */
export function entityUnitsOf(
  docId: string,
  reading: Reading,
  k: LinkKnowledge,
): [string, Unit<EntityData>][] {
  return reading.entities.map((e) => [`${docId}#${e.name}`, entityUnit(e, k)]);
}

/** How many entities of a reading make its story (the first named: a report names its main actors early). */
export const STORY_SIZE = 16;

/** Story keys of a reading: the unit ids of the first people, bodies and places (not countries) it names. */
export function storyKeys(reading: Reading, k: LinkKnowledge): string[] {
  const out = new Set<string>();
  for (const e of reading.entities) {
    if (e.type === "media") continue;
    const id = entityUnitId(e, k);
    if (!id.startsWith("cc:")) out.add(id);
    if (out.size === STORY_SIZE) break;
  }
  return [...out].sort();
}

/** Lower-case words of a text, for finding mentions in it. */
export function textWords(s: string): string {
  return ` ${plainWords(s).join(" ")} `;
}

// Event units: what an event's reading says about when, where, how many, who and which group, as compact
// features; the score of two events being one occurrence; and the clusters of one component.
import type { Event, Reading } from "../model/reading.js";
import { type Amount, amountsAgree, amountsClose } from "./counts.js";
import { dateAgreement, dateKeys, type PartialDate, parseDate } from "./dates.js";
import { entityUnitId, textWords } from "./entities.js";
import { shortHash } from "./hash.js";
import type { LinkKnowledge } from "./knowledge.js";
import { nameKey, nameTokens, sameBodyName, samePersonName } from "./names.js";
import type { KindRules, Unit } from "./units.js";

export interface EventPlace {
  /** Spelling key of the name, and of its first-level division when the reading gives one. */
  readonly n: string;
  readonly a: string | null;
  readonly kind: string;
  readonly cc: string | null;
}

export interface EventPerson {
  readonly t: readonly string[];
  readonly p: readonly string[];
}

export interface EventData {
  readonly type: string;
  /** False for a vague occurrence ("arrests were accompanied by torture"). */
  readonly specific: boolean;
  readonly date: PartialDate | null;
  readonly places: readonly EventPlace[];
  readonly counts: Readonly<Record<string, Amount>>;
  /** The affiliated group: unit ids and spelling tokens. */
  readonly affil: { readonly ids: readonly string[]; readonly t: readonly string[] } | null;
  /** Unit ids of the bodies and people named in the agent. */
  readonly agents: readonly string[];
  /** People named in the patient or agent. */
  readonly persons: readonly EventPerson[];
  /** The story keys of the event's document (people, bodies, places it names), hashed short. */
  readonly story: readonly string[];
}

/** Score at which two events of different documents are one occurrence. */
export const EVENT_THRESHOLD = 3.5;
/** Counts further apart than this ratio (3 and 40) are two occurrences; closer (8 and 11) only weigh against. */
const MAX_COUNT_RATIO = 2;
const SPECIFIC_KINDS = new Set(["city", "district", "facility"]);

function placesOf(e: Event, k: LinkKnowledge): EventPlace[] {
  return e.places.map((p) => {
    const admin1 = (p as { admin1?: unknown }).admin1;
    return {
      n: nameKey(p.name, k.names),
      a: typeof admin1 === "string" ? nameKey(admin1, k.names) : null,
      kind: p.kind,
      cc: p.country ?? null,
    };
  });
}

type Mentioned = { readonly entity: Reading["entities"][number]; readonly words: readonly string[] };

/** Per reading: each entity's name and mentions as padded word strings, filed under their first word. */
const mentionIndex = new WeakMap<Reading, Map<string, Mentioned[]>>();

function indexOf(reading: Reading): Map<string, Mentioned[]> {
  let index = mentionIndex.get(reading);
  if (index) return index;
  index = new Map();
  for (const entity of reading.entities) {
    const words = [entity.name, ...entity.mentions].map(textWords).filter((w) => w.trim() !== "");
    for (const first of new Set(words.map((w) => w.trim().split(" ")[0] as string))) {
      index.set(first, [...(index.get(first) ?? []), { entity, words }]);
    }
  }
  mentionIndex.set(reading, index);
  return index;
}

/** The entities of the reading whose name or a mention is said in `text`. */
function entitiesIn(text: string | null | undefined, reading: Reading) {
  if (!text) return [];
  const words = textWords(text);
  const index = indexOf(reading);
  const found = new Set<Reading["entities"][number]>();
  for (const w of new Set(words.trim().split(" "))) {
    for (const m of index.get(w) ?? []) if (m.words.some((x) => words.includes(x))) found.add(m.entity);
  }
  return reading.entities.filter((e) => found.has(e));
}

function affiliationOf(e: Event, reading: Reading, k: LinkKnowledge): EventData["affil"] {
  if (!e.affiliation) return null;
  const ids = new Set<string>([`k:${nameKey(e.affiliation, k.names)}`]);
  for (const ent of entitiesIn(e.affiliation, reading)) ids.add(entityUnitId(ent, k));
  const own = k.aliases.get(
    e.affiliation
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );
  if (own && new Set(own.map((s) => s.id)).size === 1) ids.add(`kb:${(own[0] as { id: string }).id}`);
  return { ids: [...ids].sort(), t: nameTokens(e.affiliation, k.names) };
}

/** The unit of one event of a reading. */
export function eventUnit(
  docId: string,
  e: Event,
  reading: Reading,
  story: readonly string[],
  k: LinkKnowledge,
) {
  const persons: EventPerson[] = [];
  const agents: string[] = [];
  for (const ent of entitiesIn(e.agent, reading))
    if (ent.type !== "location") agents.push(entityUnitId(ent, k));
  for (const ent of [...entitiesIn(e.patient, reading), ...entitiesIn(e.agent, reading)]) {
    if (ent.type !== "person") continue;
    const t = nameTokens(ent.name, k.names);
    persons.push({ t, p: [...new Set([...t, ...ent.mentions.flatMap((m) => nameTokens(m, k.names))])] });
  }
  const data: EventData = {
    type: e.type,
    specific: e.specific !== false,
    date: parseDate(e.date?.value),
    places: placesOf(e, k),
    counts: Object.fromEntries(Object.entries(e.counts ?? {}).filter(([, c]) => c !== undefined)) as Record<
      string,
      Amount
    >,
    affil: affiliationOf(e, reading, k),
    agents: [...new Set(agents)].sort(),
    persons,
    story: story.map(shortHash),
  };
  const keys = eventKeys(data);
  for (const s of story) if (s.startsWith("n:person")) keys.push(`${e.type}|st:${shortHash(s)}`);
  return { id: `${docId}#${e.id}`, doc: docId, keys, data } satisfies Unit<EventData>;
}

/** Blocking keys: type with month (or year) per country, and with each place, group and named person. */
function eventKeys(d: EventData): string[] {
  const keys = new Set<string>();
  const countries = new Set(d.places.map((p) => p.cc ?? "-"));
  if (!countries.size) countries.add("-");
  for (const dk of dateKeys(d.date)) for (const cc of countries) keys.add(`${d.type}|${cc}|${dk}`);
  for (const p of d.places) if (p.kind !== "country") keys.add(`${d.type}|pl:${p.n}`);
  for (const id of d.affil?.ids ?? []) keys.add(`${d.type}|af:${id}`);
  if (d.affil?.t.length) keys.add(`${d.type}|at:${d.affil.t[0]}`);
  for (const p of d.persons) keys.add(`${d.type}|pe:${p.t[0]}`);
  return [...keys];
}

function placeScore(a: readonly EventPlace[], b: readonly EventPlace[]): number {
  if (!a.length || !b.length) return 0;
  const ca = new Set(a.map((p) => p.cc).filter(Boolean));
  const cb = new Set(b.map((p) => p.cc).filter(Boolean));
  if (ca.size && cb.size && ![...ca].some((c) => cb.has(c))) return Number.NEGATIVE_INFINITY;
  const names = (l: readonly EventPlace[]) => new Set(l.flatMap((p) => (p.a ? [p.n, p.a] : [p.n])));
  const na = names(a);
  const nb = names(b);
  const specificA = a.filter((p) => SPECIFIC_KINDS.has(p.kind));
  const specificB = b.filter((p) => SPECIFIC_KINDS.has(p.kind));
  const hit = (l: readonly EventPlace[], other: Set<string>) => l.some((p) => other.has(p.n));
  if (hit(specificA, new Set(specificB.map((p) => p.n)))) {
    const shared = specificA.filter((p) => specificB.some((q) => q.n === p.n)).length;
    return 1 + shared / Math.max(specificA.length, specificB.length);
  }
  if (hit(a, nb) || hit(b, na)) return 1;
  if (specificA.length && specificB.length) return -1.5;
  return ca.size && cb.size ? 0.5 : 0;
}

function countScore(a: Readonly<Record<string, Amount>>, b: Readonly<Record<string, Amount>>): number {
  let score = 0;
  for (const role of Object.keys(a)) {
    const x = a[role] as Amount;
    const y = b[role];
    if (!y || x.value === null || y.value === null) continue;
    const agree = amountsAgree(x, y);
    if (agree || amountsClose(x, y))
      score += agree && x.qualifier === "exact" && y.qualifier === "exact" ? 1.5 : 0.5;
    else if (Math.max(x.value, y.value) <= MAX_COUNT_RATIO * Math.min(x.value, y.value)) score -= 1;
    else return Number.NEGATIVE_INFINITY;
  }
  return score;
}

function affilScore(a: EventData["affil"], b: EventData["affil"], type: string, k: LinkKnowledge): number {
  if (!a || !b) return 0;
  const same = a.ids.some((id) => b.ids.includes(id)) || sameBodyName(a.t, b.t, k.names);
  if (same) return type === "ban" ? 2.5 : 1.5;
  return -1;
}

function personScore(a: readonly EventPerson[], b: readonly EventPerson[], k: LinkKnowledge): number {
  for (const x of a)
    for (const y of b) if (samePersonName(x.t, new Set(x.p), y.t, new Set(y.p), k.names)) return 2;
  return 0;
}

function storyScore(a: readonly string[], b: readonly string[]): number {
  const mine = new Set(a);
  const shared = b.filter((s) => mine.has(s)).length;
  return Math.min(2, 0.75 * shared);
}

/** How strongly two events are one occurrence; -Infinity when something they say rules it out. */
export function eventScore(a: Unit<EventData>, b: Unit<EventData>, k: LinkKnowledge): number {
  const x = a.data;
  const y = b.data;
  if (x.type !== y.type || a.doc === b.doc) return Number.NEGATIVE_INFINITY;
  const date = dateAgreement(x.date, y.date);
  if (date === "conflict") return Number.NEGATIVE_INFINITY;
  const places = placeScore(x.places, y.places);
  const counts = countScore(x.counts, y.counts);
  const affil = affilScore(x.affil, y.affil, x.type, k);
  const persons = personScore(x.persons, y.persons, k);
  if (!x.specific || !y.specific) {
    // a vague occurrence needs something that pins it to the other: a month, a place, a number, a name
    const pinned = date === "day" || date === "month" || places >= 1 || counts >= 1.5 || persons > 0;
    if (!pinned && !(x.type === "ban" && affil > 0)) return Number.NEGATIVE_INFINITY;
  }
  let score = { day: 2.5, month: 1.5, year: 0.5, unknown: 0 }[date] + places + counts + affil + persons;
  if (x.specific !== y.specific) score -= 1;
  if (x.agents.some((id) => y.agents.includes(id))) score += 0.5;
  return score + storyScore(x.story, y.story);
}

/** Greedy clustering: the best-scoring pairs first, never two events of one document in one group. */
function clusterEvents(units: readonly Unit<EventData>[], k: LinkKnowledge): string[][] {
  const sorted = [...units].sort((p, q) => (p.id < q.id ? -1 : 1));
  const edges: [number, string, string][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as Unit<EventData>;
      const b = sorted[j] as Unit<EventData>;
      const s = eventScore(a, b, k);
      if (s >= EVENT_THRESHOLD) edges.push([s, a.id, b.id]);
    }
  edges.sort((p, q) => q[0] - p[0] || (p[1] + p[2] < q[1] + q[2] ? -1 : 1));
  const group = new Map(sorted.map((u) => [u.id, new Set([u.id])]));
  const docOf = new Map(sorted.map((u) => [u.id, u.doc]));
  const byId = new Map(sorted.map((u) => [u.id, u]));
  for (const [, a, b] of edges) {
    const ga = group.get(a) as Set<string>;
    const gb = group.get(b) as Set<string>;
    if (ga === gb) continue;
    const docs = new Set([...ga].map((id) => docOf.get(id)));
    if ([...gb].some((id) => docs.has(docOf.get(id)))) continue;
    // every pair across the two groups must be possible: no date, place or count that rules it out
    if (
      [...ga].some((x) =>
        [...gb].some(
          (y) =>
            eventScore(byId.get(x) as Unit<EventData>, byId.get(y) as Unit<EventData>, k) ===
            Number.NEGATIVE_INFINITY,
        ),
      )
    )
      continue;
    for (const id of gb) {
      ga.add(id);
      group.set(id, ga);
    }
  }
  return [...new Set(group.values())].map((g) => [...g]);
}

export function eventRules(k: LinkKnowledge): KindRules<EventData> {
  return {
    kind: "events",
    related: (a, b) => eventScore(a, b, k) >= EVENT_THRESHOLD,
    cluster: (units) => clusterEvents(units, k),
    merge: (_stored, fresh) => fresh,
  };
}

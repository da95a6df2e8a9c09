// Test fixture: system readings built from a gold set (itself, empty, perturbed) to drive the scorer's every branch.
import type { GoldSet } from "./gold.js";
import { type Dict, isDict } from "./pyjson.js";
import { low } from "./text.js";

/** A system run: the lines of a JSONL file (readings carrying "id", then one `{"links": ...}` line). */
export interface SystemRun {
  name: string;
  lines: Dict[];
}

const EVENT_TYPES = ["arrest", "raid", "attack", "clash", "killing", "abuse", "charge", "ban", "protest"];
const FACTUALITY = ["asserted", "reported", "alleged", "disputed"];
const QUALIFIERS = ["exact", "approx", "more_than", "at_least", "up_to"];

/** The gold readings themselves, with the gold links. */
export function goldRun(gold: GoldSet): SystemRun {
  const lines: Dict[] = gold.ids.map((id) => ({ id, ...(clone(gold.readings.get(id)) as Dict) }));
  return { name: "gold", lines: [...lines, { links: clone(gold.links) }] };
}

/** An empty reading per document, in the three shapes score.py accepts (empty, nulls, bare id). */
export function emptyRun(gold: GoldSet): SystemRun {
  const shapes: Dict[] = [
    { document: {}, entities: [], events: [], figures: [] },
    { document: null, entities: null, events: null, figures: null },
    {},
  ];
  return { name: "empty", lines: gold.ids.map((id, i) => ({ id, ...shapes[i % shapes.length] })) };
}

/** A small seeded generator (mulberry32), so every run is the same. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Renames kept while perturbing, to write system links that point at system ids and names. */
interface Renames {
  events: Map<string, string>; // "doc#gold id" → system id
  figures: Map<string, string>; // "doc#gold id" → system id
  entities: Map<string, string>; // "doc#gold name" → system name
}

/** Deterministic perturbations of every part of every reading, and of the links. */
export function perturbedRun(gold: GoldSet, seed: number): SystemRun {
  const rng = new Rng(seed);
  const renames: Renames = { events: new Map(), figures: new Map(), entities: new Map() };
  const lines: Dict[] = [];
  for (const id of gold.ids) {
    if (rng.chance(0.1)) continue; // a missing reading
    const g = clone(gold.readings.get(id)) as Dict;
    const key = rng.pick([id, id, `corpus/${id}.txt`, `${id}.html`, `${id}.json`, `${id}.txt.json`]);
    const reading: Dict = {
      id: key,
      document: perturbDocument(rng, g.document as Dict, gold.texts.get(id) ?? "", g),
      events: perturbItems(rng, id, (g.events ?? []) as Dict[], renames.events, perturbEvent),
      figures: perturbItems(rng, id, (g.figures ?? []) as Dict[], renames.figures, perturbFigure),
      entities: perturbEntities(rng, id, (g.entities ?? []) as Dict[], renames),
    };
    if (rng.chance(0.05)) delete reading.entities;
    lines.push(reading);
  }
  lines.push({ links: perturbLinks(rng, gold, renames) });
  return { name: `perturbed-${seed}`, lines };
}

function perturbDocument(rng: Rng, d: Dict, text: string, g: Dict): Dict | null {
  if (rng.chance(0.04)) return null;
  const out: Dict = { ...d };
  delete out.non_body;
  if (rng.chance(0.3))
    out.title = rng.pick([null, words(d.title).slice(0, 3).join(" "), "Unrelated headline"]);
  if (rng.chance(0.3)) out.publisher = rng.pick([null, `The ${d.publisher ?? "Times"}`, "Someone Else"]);
  if (rng.chance(0.3)) out.author = rng.pick([null, "A. N. Other", ""]);
  if (rng.chance(0.3)) out.published = rng.pick([null, "2001-01-01", ""]);
  if (rng.chance(0.3)) out.genre = rng.pick([null, "blog", "NEWS"]);
  if (rng.chance(0.3)) out.language = rng.pick([null, "EN", "fr"]);
  if (rng.chance(0.8)) out.body = cleanedBody(rng, d, text, g);
  return out;
}

/** The text with some non_body snippets dropped (others left in) and some evidence lost. */
function cleanedBody(rng: Rng, d: Dict, text: string, g: Dict): string {
  let body = text;
  for (const snippet of (d.non_body ?? []) as string[])
    if (rng.chance(0.6)) body = body.replaceAll(low(snippet), " ");
  for (const e of [...((g.events ?? []) as Dict[]), ...((g.figures ?? []) as Dict[])]) {
    if (rng.chance(0.15)) body = body.replaceAll(low(e.evidence), " ");
  }
  return body;
}

type ItemPerturbation = (rng: Rng, item: Dict, all: Dict[]) => Dict;

/** Drops, duplicates, reorders and renames events or figures; `perturb` changes each kept one. */
function perturbItems(
  rng: Rng,
  doc: string,
  items: Dict[],
  renames: Map<string, string>,
  perturb: ItemPerturbation,
): Dict[] {
  const out: Dict[] = [];
  items.forEach((item, i) => {
    if (rng.chance(0.12)) return;
    const s = perturb(rng, clone(item) as Dict, items);
    s.id = rng.chance(0.05) ? undefined : rng.chance(0.05) ? i : `sys-${item.id}`;
    if (s.id === undefined) delete s.id;
    renames.set(`${doc}#${item.id}`, String(s.id ?? "None"));
    out.push(s);
    if (rng.chance(0.1)) out.push({ ...perturb(rng, clone(item) as Dict, items), id: `sys-${item.id}-dup` });
  });
  if (rng.chance(0.15) && items.length > 0) {
    const extra = clone(rng.pick(items)) as Dict;
    out.push({ ...extra, id: "spurious", evidence: words(extra.evidence).slice(-3).join(" ") });
  }
  if (rng.chance(0.3)) out.reverse();
  return out;
}

/** Evidence: shortened, swapped for an `also` span or another item's, paraphrased, or barely related. */
function perturbEvidence(rng: Rng, item: Dict, all: Dict[]): void {
  const ev = String(item.evidence);
  const w = words(ev);
  const r = rng.next();
  if (r < 0.12) item.evidence = ev.slice(Math.floor(ev.length / 4), Math.ceil((ev.length * 3) / 4));
  else if (r < 0.2 && Array.isArray(item.also) && item.also.length > 0) item.evidence = rng.pick(item.also);
  else if (r < 0.28 && w.length > 2) item.evidence = [w[1], w[0], ...w.slice(2), "indeed"].join(" ");
  else if (r < 0.33)
    item.evidence = [...w.slice(0, Math.ceil(w.length / 4)), "lorem ipsum dolor sit amet"].join(" ");
  else if (r < 0.38) item.evidence = rng.pick(all).evidence;
  else if (r < 0.42) item.evidence = ev.toUpperCase().replaceAll(" ", "  \n");
  if (rng.chance(0.2)) delete item.also;
}

function perturbEvent(rng: Rng, e: Dict, all: Dict[]): Dict {
  perturbEvidence(rng, e, all);
  if (rng.chance(0.08)) e.type = rng.pick(EVENT_TYPES.filter((t) => t !== e.type));
  for (const k of ["agent", "patient", "affiliation"]) {
    if (rng.chance(0.2))
      e[k] = rng.pick([null, "the police", words(e[k]).slice(-1).join(" "), `${e[k]} and others`]);
  }
  if (rng.chance(0.25)) e.counts = perturbCounts(rng, (e.counts ?? {}) as Dict);
  if (rng.chance(0.2))
    e.date = rng.pick([null, { value: null }, { value: "2001-02-03", text: "x" }, { value: "XXXX" }]);
  if (rng.chance(0.2))
    e.source = rng.pick([null, "author", "AUTHOR", "the ministry", `${e.source}`.toUpperCase()]);
  if (rng.chance(0.15)) e.factuality = rng.pick(FACTUALITY);
  if (rng.chance(0.1)) e.specific = !e.specific;
  if (rng.chance(0.3)) e.places = perturbPlaces(rng, (e.places ?? []) as Dict[]);
  return e;
}

function perturbCounts(rng: Rng, counts: Dict): Dict | null {
  const roles = Object.keys(counts);
  const out: Dict = clone(counts) as Dict;
  const role = roles.length > 0 ? rng.pick(roles) : "arrested";
  const c = isDict(out[role]) ? (out[role] as Dict) : { value: 1, qualifier: "exact" };
  const r = rng.next();
  if (r < 0.2) return rng.pick([null, {}]);
  if (r < 0.4) out[role] = { ...c, value: typeof c.value === "number" ? c.value + 1 : 3 };
  else if (r < 0.6) out[role] = { ...c, qualifier: rng.pick(QUALIFIERS) };
  else if (r < 0.8) out.injured = { value: 2, qualifier: "approx" };
  else delete out[role];
  return out;
}

function perturbPlaces(rng: Rng, places: Dict[]): Dict[] | null {
  const out = places.map((p) => clone(p) as Dict);
  const r = rng.next();
  if (r < 0.15) return null;
  if (r < 0.35) out.pop();
  else if (r < 0.55) out.push({ name: "Atlantis", kind: "city", country: "XX" });
  else if (r < 0.75 && out[0]) out[0] = { ...out[0], name: String(out[0].name).toUpperCase() };
  else if (out[0])
    out[0] = { ...out[0], country: rng.pick([null, String(out[0].country ?? "").toLowerCase(), "ZZ"]) };
  return out;
}

function perturbFigure(rng: Rng, f: Dict, all: Dict[]): Dict {
  perturbEvidence(rng, f, all);
  if (rng.chance(0.2)) f.value = typeof f.value === "number" ? f.value + 1 : 5;
  if (rng.chance(0.15)) f.qualifier = rng.pick(QUALIFIERS);
  if (rng.chance(0.2)) f.as_of = rng.pick([null, { value: "2019" }, {}]);
  if (rng.chance(0.2)) f.source = rng.pick([null, "author", "the ministry"]);
  return f;
}

function perturbEntities(rng: Rng, doc: string, entities: Dict[], renames: Renames): Dict[] {
  const out: Dict[] = [];
  for (const a of entities) {
    if (rng.chance(0.1)) continue;
    const b = clone(a) as Dict;
    const mentions = (b.mentions ?? []) as string[];
    const r = rng.next();
    if (r < 0.1) b.type = rng.pick(["person", "organization", "location"].filter((t) => t !== b.type));
    else if (r < 0.2 && mentions.length > 0) [b.name, b.mentions] = [mentions[mentions.length - 1], []];
    else if (r < 0.25) [b.name, b.mentions] = [`Not ${b.name}`, []];
    else if (r < 0.3) b.name = String(b.name).toUpperCase();
    else if (r < 0.35) delete b.mentions;
    renames.entities.set(`${doc}#${a.name}`, String(b.name));
    out.push(b);
  }
  if (rng.chance(0.3)) out.push({ name: "Spurious Body", type: "organization", mentions: ["SB"] });
  if (rng.chance(0.3)) out.reverse();
  return out;
}

/** Gold link groups, some dropped, split or merged, with ids renamed to the system's. */
function perturbLinks(rng: Rng, gold: GoldSet, renames: Renames): Dict {
  const out: Dict = {};
  for (const kind of ["events", "figures", "entities"] as const) {
    const names = renames[kind];
    const groups: string[][] = [];
    for (const group of gold.links[kind]) {
      const renamed = group.map((r) => `${r.split("#")[0]}#${names.get(r) ?? r.split("#")[1]}`);
      const r = rng.next();
      if (r < 0.1) continue;
      if (r < 0.25 && renamed.length > 1) groups.push(renamed.slice(0, 1), renamed.slice(1));
      else if (r < 0.4 && groups.length > 0) groups[groups.length - 1]?.push(...renamed);
      else groups.push(renamed);
    }
    if (rng.chance(0.6)) groups.push([spuriousRef(rng, names), spuriousRef(rng, names)]);
    out[kind] = groups;
  }
  return out;
}

/** Some system item as a link reference: `doc#system id` (or name), for a group the gold does not have. */
function spuriousRef(rng: Rng, names: Map<string, string>): string {
  const [goldRef = "x#y", name = "z"] = names.size > 0 ? rng.pick([...names]) : [];
  return `${goldRef.split("#")[0]}#${name}`;
}

function words(s: unknown): string[] {
  return typeof s === "string" ? s.split(/\s+/).filter(Boolean) : [];
}

function clone(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

// Scores system readings against a gold set exactly as gold/score.py does (same numbers, same report).
import { AttestError } from "../errors.js";
import type { Links } from "../model/reading.js";
import { placeKey, sameCounts, samePhrase, sameSource } from "./fields.js";
import type { GoldSet } from "./gold.js";
import { type ItemMaps, ref, scoreLinks } from "./links.js";
import { type DocText, docText, matchItems } from "./match.js";
import { asDict, type Dict, dictOr, get, isNone, listOr, pyEq, pyList, pyStr, truthy } from "./pyjson.js";
import {
  acc,
  accuracies,
  EVENT_FIELDS,
  type EventField,
  FIGURE_FIELDS,
  type FigureField,
  META_FIELDS,
  type MetaField,
  prf,
  type ScoreReport,
  type Tally,
} from "./report.js";
import { keyReadings } from "./system.js";
import { low } from "./text.js";

type Counts = [tp: number, fp: number, fn: number];

interface Tallies {
  events: Counts;
  figures: Counts;
  entities: Counts;
  entitiesUntyped: Counts;
  places: Counts;
  eventFields: Record<EventField, Tally>;
  figureFields: Record<FigureField, Tally>;
  meta: Record<MetaField, Tally>;
  nonBodyRemoved: Tally;
  evidenceKept: Tally;
}

/** One document under scoring: its id, prepared text, gold reading and system reading. */
interface DocPair {
  doc: string;
  text: DocText;
  g: Dict;
  s: Dict;
}

/**
 * Scores `readings` (keyed by document id, file name or path; see `keyReadings`) and optional link
 * groups against `gold`. Returns score.py's report object, key for key and number for number.
 */
export function score(
  gold: GoldSet,
  readings: ReadonlyMap<string, unknown> | Record<string, unknown>,
  links?: Partial<Links>,
): ScoreReport {
  const system = keyReadings(readings);
  const t = newTallies();
  const maps: ItemMaps = { events: new Map(), figures: new Map(), entities: new Map() };
  const missing: string[] = [];
  for (const doc of gold.ids) {
    let s = system.get(doc);
    if (isNone(s)) {
      missing.push(doc);
      s = { document: {}, entities: [], events: [], figures: [] };
    }
    const g = gold.readings.get(doc) as Dict;
    const text = docText(gold.texts.get(doc) ?? "");
    withDocument(doc, () => {
      const pair = { doc, text, g, s: asDict(s, "a reading") };
      scoreMeta(pair, t);
      scoreEvents(pair, t, maps.events);
      scoreFigures(pair, t, maps.figures);
      scoreEntities(pair, t, maps.entities);
    });
  }
  return {
    documents: gold.ids.length,
    missing_readings: missing,
    events: prf(...t.events),
    event_fields: accuracies(EVENT_FIELDS, t.eventFields),
    places: prf(...t.places),
    figures: prf(...t.figures),
    figure_fields: accuracies(FIGURE_FIELDS, t.figureFields),
    entities: prf(...t.entities),
    entities_untyped: prf(...t.entitiesUntyped),
    cleaning: { non_body_removed: acc(t.nonBodyRemoved), evidence_kept: acc(t.evidenceKept) },
    document: accuracies(META_FIELDS, t.meta),
    links: scoreLinks(gold.links, links ?? {}, maps),
  };
}

function newTallies(): Tallies {
  const tallies = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, [0, 0]])) as Record<K, Tally>;
  return {
    events: [0, 0, 0],
    figures: [0, 0, 0],
    entities: [0, 0, 0],
    entitiesUntyped: [0, 0, 0],
    places: [0, 0, 0],
    eventFields: tallies(EVENT_FIELDS),
    figureFields: tallies(FIGURE_FIELDS),
    meta: tallies(META_FIELDS),
    nonBodyRemoved: [0, 0],
    evidenceKept: [0, 0],
  };
}

/** Adds one comparison to a tally. */
function count(tally: Tally, ok: boolean): void {
  tally[0] += ok ? 1 : 0;
  tally[1] += 1;
}

/** Runs `fn`, naming the document in any reading error it raises. */
function withDocument(doc: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AttestError) || err.code !== "E_READING_INVALID") throw err;
    throw new AttestError(err.code, `reading ${doc}: ${err.reason}`, err.file, { cause: err });
  }
}

const PHRASE_META: ReadonlySet<string> = new Set(["title", "publisher", "author"]);

/** Document metadata and cleaning (non_body snippets dropped, gold evidence kept in the body). */
function scoreMeta({ g, s }: DocPair, t: Tallies): void {
  const gd = get(g, "document", {}) as Dict;
  const sd = dictOr(get(s, "document", {}), "document");
  for (const k of META_FIELDS) {
    const gv = get(gd, k);
    const sv = get(sd, k);
    let ok: boolean;
    if (PHRASE_META.has(k)) ok = samePhrase(gv, sv);
    else ok = isNone(gv) ? isNone(sv) : low(gv) === low(sv);
    count(t.meta[k], ok);
  }
  const body = low(get(sd, "body"));
  for (const snippet of get(gd, "non_body", []) as unknown[])
    count(t.nonBodyRemoved, !body.includes(low(snippet)));
  const items = [...(get(g, "events", []) as Dict[]), ...(get(g, "figures", []) as Dict[])];
  for (const e of items) count(t.evidenceKept, body.includes(low(e.evidence)));
}

/** Events: P/R/F1 of specific events, then each field over matched specific pairs, and places. */
function scoreEvents({ doc, text, g, s }: DocPair, t: Tallies, evmap: Map<string, string>): void {
  const gev = get(g, "events", []) as Dict[];
  const sev = listOr(get(s, "events", []), "events");
  const pairs = matchItems(text, gev, sev, true);
  for (const [gi, si] of pairs) {
    const ge = gev[gi] as Dict;
    const se = sev[si] as Dict;
    evmap.set(ref(doc, pyStr(get(se, "id"))), ref(doc, ge.id));
    if (!truthy(get(ge, "specific", true))) continue;
    t.events[0] += 1;
    compareEvent(ge, se, t);
  }
  const matchedGold = new Set(pairs.map(([gi]) => gi));
  t.events[2] += gev.filter((e, gi) => truthy(get(e, "specific", true)) && !matchedGold.has(gi)).length;
  // every unmatched system event is a false positive, whatever its `specific`
  t.events[1] += sev.length - pairs.length;
}

function compareEvent(ge: Dict, se: Dict, t: Tallies): void {
  const f = t.eventFields;
  for (const k of ["agent", "patient", "affiliation"] as const)
    count(f[k], samePhrase(get(ge, k), get(se, k)));
  count(f.counts, sameCounts(dictOr(get(ge, "counts"), "counts"), dictOr(get(se, "counts"), "counts")));
  const gdv = get(dictOr(get(ge, "date"), "date"), "value");
  const sdv = get(dictOr(get(se, "date"), "date"), "value");
  count(f.date, pyEq(gdv, sdv));
  count(f.source, sameSource(get(ge, "source"), get(se, "source")));
  count(f.factuality, pyEq(get(ge, "factuality"), get(se, "factuality")));
  const gp = new Set((get(ge, "places", []) as unknown[]).map(placeKey));
  const sp = new Set(listOr(get(se, "places", []), "places").map(placeKey));
  const both = [...sp].filter((p) => gp.has(p)).length;
  t.places[0] += both;
  t.places[1] += sp.size - both;
  t.places[2] += gp.size - both;
}

/** Figures: P/R/F1 on evidence overlap, then value+qualifier, as_of and source over matched pairs. */
function scoreFigures({ doc, text, g, s }: DocPair, t: Tallies, figmap: Map<string, string>): void {
  const gf = get(g, "figures", []) as Dict[];
  const sf = listOr(get(s, "figures", []), "figures");
  const pairs = matchItems(text, gf, sf, false);
  t.figures[0] += pairs.length;
  t.figures[1] += sf.length - pairs.length;
  t.figures[2] += gf.length - pairs.length;
  const f = t.figureFields;
  for (const [gi, si] of pairs) {
    const a = gf[gi] as Dict;
    const b = sf[si] as Dict;
    figmap.set(ref(doc, pyStr(get(b, "id"))), ref(doc, a.id));
    count(f.value, pyEq(get(a, "value"), get(b, "value")) && pyEq(get(a, "qualifier"), get(b, "qualifier")));
    const gAsOf = get(dictOr(get(a, "as_of"), "as_of"), "value");
    count(f.as_of, pyEq(gAsOf, get(dictOr(get(b, "as_of"), "as_of"), "value")));
    count(f.source, sameSource(get(a, "source"), get(b, "source")));
  }
}

/** Entities: document-level set match on any name or mention (after `low`), typed and untyped. */
function scoreEntities({ doc, g, s }: DocPair, t: Tallies, entmap: Map<string, string>): void {
  const gold = get(g, "entities", []) as Dict[];
  const sys = listOr(get(s, "entities", []), "entities");
  for (const [typed, tally] of [
    [true, t.entities],
    [false, t.entitiesUntyped],
  ] as const) {
    const used = new Set<number>();
    for (const a of gold) {
      const names = new Set([a.name, ...(get(a, "mentions", []) as unknown[])].map(low));
      for (let j = 0; j < sys.length; j++) {
        if (used.has(j)) continue;
        const b = asDict(sys[j], "an entity");
        if (typed && !pyEq(a.type, get(b, "type"))) continue;
        const theirs = [get(b, "name", ""), ...pyList(get(b, "mentions"), "mentions")].map(low);
        if (!theirs.some((n) => names.has(n))) continue;
        used.add(j);
        if (typed) entmap.set(ref(doc, low(get(b, "name", ""))), ref(doc, a.name));
        break;
      }
    }
    tally[0] += used.size;
    tally[1] += sys.length - used.size;
    tally[2] += gold.length - used.size;
  }
}

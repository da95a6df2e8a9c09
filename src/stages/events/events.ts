// The events stage: trigger → mention (arguments, counts, date, places, source, factuality) →
// one event per occurrence after merging the mentions of a document, each with its explanation.
import type { Document, EventAnnotation } from "../../model/document.js";
import type { Count, EventType } from "../../model/reading.js";
import type { Span } from "../../model/span.js";
import type { Resources } from "../../resources/resources.js";
import { defineStage } from "../stage.js";
import { contextsBySentence } from "./by-sentence.js";
import {
  type Context,
  JUDICIAL,
  type Mention,
  type PreviousDate,
  type PreviousPlaces,
  sentenceMentions,
} from "./mentions.js";
import { placeName, specificPlaces } from "./places.js";
import { sentenceViews } from "./tokens.js";

/** Dates are compatible when no part both give differs (`XXXX-12-21` fits `2016-12-21` and `2016-12`). */
export function compatibleDates(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const pa = a.split("-");
  const pb = b.split("-");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== "XXXX" && pb[i] !== "XXXX" && pa[i] !== pb[i]) return false;
  }
  return true;
}

/**
 * Two counts can be of one occurrence when equal, or when one is approximate ("nearly 150",
 * "more than 140") and they are within 15% of each other; "several" fits only "several".
 */
export function compatibleCounts(a: Count, b: Count): boolean {
  if ((a.qualifier === "several") !== (b.qualifier === "several")) return false;
  if (a.value === b.value) return true;
  if (a.value === null || b.value === null) return false;
  if (a.qualifier === "exact" && b.qualifier === "exact") return false;
  return Math.abs(a.value - b.value) <= 0.15 * Math.max(a.value, b.value);
}

function mainCount(m: Mention): Count | undefined {
  return Object.values(m.counts)[0];
}

const OTHERS = /\b(?:others|other|another|second|third|fourth|fifth)\b/iu;

/**
 * Is mention `m` another statement of the occurrence `e`? Same type, nothing contradicts (counts,
 * dates, named people, places), and something ties them: an equal count, date, person or place,
 * adjacent sentences, or a mention that adds nothing of its own ("the arrests", "they were detained").
 */
function sameOccurrence(e: Mention, m: Mention, unitWords: ReadonlySet<string>): boolean {
  if (e.type !== m.type) return false;
  // a higher court upholding a sentence is a step of its own, not the verdict again
  if (e.appeal !== m.appeal) return false;
  // "others were arrested", "two other men": people set apart from those of the occurrences before
  if (OTHERS.test(m.patient ?? "")) return false;
  // "more rallies took place in other towns": elsewhere than the occurrence before
  if (m.elsewhere) return false;
  // "a man from Isfara was sentenced" after "seven residents were convicted": a new person
  const ce0 = mainCount(e);
  if (/^(?:an?|one)\s/iu.test(m.patient ?? "") && ce0?.value != null && ce0.value > 1) return false;
  const ce = mainCount(e);
  const cm = mainCount(m);
  // "16 detained" and "several detained" are two statements of different arrests
  const countsKnown = ce && cm && !e.derivedCount && !m.derivedCount;
  if (countsKnown && !compatibleCounts(ce, cm)) return false;
  if (!compatibleDates(e.date?.value, m.date?.value)) return false;
  if (e.persons.length && m.persons.length && !e.persons.some((p) => m.persons.includes(p))) return false;
  if (placesDisagree(e, m, unitWords)) return false;
  // events in different countries are different occurrences
  const countries = (x: Mention) =>
    new Set(x.placesCarried ? [] : x.places.map((p) => p.country).filter(Boolean));
  const ke = countries(e);
  const km = countries(m);
  if (ke.size && km.size && ![...km].some((c) => ke.has(c))) return false;
  const sameDay = !!e.date?.value && e.date.value === m.date?.value;
  if (ce?.value != null && cm?.value != null && compatibleCounts(ce, cm)) return true;
  if (sameDay && e.date?.value?.length === 10) return true;
  if (e.persons.some((p) => m.persons.includes(p))) return true;
  // a shared town ties two mentions only when their dates do not tell them apart (a region as
  // wide as "Kashmir" holds many occurrences)
  const towns = (x: Mention) =>
    ownPlaces(x)
      .filter(local)
      .map((p) => placeKey(p.name, unitWords));
  const te = towns(e);
  if (towns(m).some((p) => te.includes(p)) && (sameDay || (!e.date?.value && !m.date?.value))) return true;
  if (Math.abs(e.sentence.index - m.sentence.index) <= 1) return true;
  // a mention that adds nothing of its own ("the arrests", "they were placed in detention")
  return !cm && !m.date?.value && !m.persons.length;
}

/** Places below country level a mention names itself: carried places are a guess, and neither part nor tie mentions. */
const ownPlaces = (x: Mention) => (x.placesCarried ? [] : x.places.filter((p) => p.kind !== "country"));
const placeKey = (n: string | null | undefined, unitWords: ReadonlySet<string>) =>
  n ? placeName(n, unitWords).toLowerCase() : "";

/**
 * Do two mentions name places that cannot be of one occurrence? Places agree when one is named by
 * both, or one lies in the region the other names ("Almaty Province" and a district of it); two
 * towns of one region do not.
 */
function placesDisagree(e: Mention, m: Mention, unitWords: ReadonlySet<string>): boolean {
  const ne = new Set(ownPlaces(e).map((p) => placeKey(p.name, unitWords)));
  const nm = new Set(ownPlaces(m).map((p) => placeKey(p.name, unitWords)));
  if (!ne.size || !nm.size) return false;
  return !(
    [...nm].some((n) => ne.has(n)) ||
    ownPlaces(m).some((p) => ne.has(placeKey(p.admin1, unitWords))) ||
    ownPlaces(e).some((p) => nm.has(placeKey(p.admin1, unitWords)))
  );
}

/** Types whose mention is folded into an arrest or a killing of the same operation (GUIDELINES §7). */
const FOLDED: Partial<Record<EventType, readonly EventType[]>> = {
  raid: ["arrest", "clash", "killing"],
  charge: ["arrest"],
};

interface Group {
  main: Mention;
  mentions: Mention[];
}

/** How many sentences back a mention may refer to an occurrence. */
const WINDOW = 150;
/** How many of an occurrence's latest mentions a new mention is compared with. */
const RECENT = 12;
const lastSentence = (g: Group) => (g.mentions.at(-1) as Mention).sentence.index;

export function mergeMentions(
  mentions: readonly Mention[],
  unitWords: ReadonlySet<string> = new Set(),
): Group[] {
  const groups: Group[] = [];
  /** Groups by their last mention, oldest first. */
  const active: Group[] = [];
  const held: Mention[] = [];
  for (const m of mentions) {
    // searches and charges wait until the arrests and deaths they may belong to are known
    if (FOLDED[m.type]) {
      held.push(m);
      continue;
    }
    // occurrences last mentioned more than WINDOW sentences ago are not looked at again, so a
    // long document costs linear time
    while (active.length && lastSentence(active[0] as Group) < m.sentence.index - WINDOW) active.shift();
    // the most recent occurrence it can be (a later "the arrests" refers back to the last one)
    // ("killed in the raid" on another day or in another town is another raid's; a bare "the
    // killing" names neither)
    const g = m.anaphoric
      ? active.findLast(
          (x) =>
            ["clash", "killing", "attack"].includes(x.main.type) &&
            (m.trigger.kind === "noun" ||
              (compatibleDates(x.main.date?.value, m.date?.value) && !placesDisagree(x.main, m, unitWords))),
        )
      : active.findLast(
          (x) =>
            sameOccurrence(x.main, m, unitWords) &&
            x.mentions.slice(-RECENT).some((y) => sameOccurrence(y, m, unitWords)),
        );
    if (g) {
      g.mentions.push(m);
      fill(g, m, false, unitWords);
      active.splice(active.indexOf(g), 1);
      active.push(g);
    } else {
      const created = { main: m, mentions: [m] };
      groups.push(created);
      active.push(created);
    }
  }
  // each search or charge of an operation that also reports arrests or deaths belongs to the
  // nearest of them (GUIDELINES §7); the others are events of their own
  const byStart = [...groups];
  const heldGroups: Group[] = [];
  for (const m of held) {
    const into = FOLDED[m.type] ?? [];
    const target = nearest(
      near(byStart, m.sentence.index, WINDOW).filter(
        (x) => into.includes(x.main.type) && compatibleDates(x.main.date?.value, m.date?.value),
      ),
      m.sentence.index,
      WINDOW,
    );
    if (target) {
      target.mentions.push(m);
      fill(target, m, true, unitWords);
      continue;
    }
    // "the operation" with no arrest or death to join is no occurrence of its own
    if (m.refersBack) continue;
    const g = near(heldGroups, m.sentence.index, WINDOW).findLast(
      (x) => x.main.type === m.type && sameOccurrence(x.main, m, unitWords),
    );
    if (g) {
      g.mentions.push(m);
      fill(g, m, false, unitWords);
    } else {
      const created = { main: m, mentions: [m] };
      groups.push(created);
      heldGroups.push(created);
    }
  }
  // deaths with no named killer reported beside a clash ("who was also killed in the operation")
  groups.sort((x, y) => x.main.sentence.index - y.main.sentence.index);
  const gone = new Set<Group>();
  for (const g of groups.filter((x) => x.main.type === "killing" && x.main.agent === null)) {
    const target = nearest(
      near(groups, g.main.sentence.index, 3).filter(
        (x) =>
          x.main.type === "clash" && !gone.has(x) && compatibleDates(x.main.date?.value, g.main.date?.value),
      ),
      g.main.sentence.index,
      3,
    );
    if (!target) continue;
    target.mentions.push(...g.mentions);
    for (const m of g.mentions) fill(target, m, true, unitWords);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g)).sort((x, y) => x.main.evidence.start - y.main.evidence.start);
}

/**
 * The groups (in order of their first mention's sentence) first mentioned within `within`
 * sentences after `at`, or up to WINDOW + `within` before it: the only ones a mention at `at` can
 * be near, since an occurrence is mentioned again within WINDOW sentences or not at all.
 */
function near(groups: readonly Group[], at: number, within: number): Group[] {
  let lo = 0;
  let hi = groups.length;
  const from = at - within - WINDOW;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((groups[mid] as Group).main.sentence.index < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Group[] = [];
  for (let i = lo; i < groups.length && (groups[i] as Group).main.sentence.index <= at + within; i++) {
    out.push(groups[i] as Group);
  }
  return out;
}

function nearest(candidates: readonly Group[], at: number, within: number): Group | undefined {
  let best: Group | undefined;
  let bestD = within + 1;
  for (const c of candidates) {
    let d = Number.POSITIVE_INFINITY;
    for (const m of c.mentions) d = Math.min(d, Math.abs(m.sentence.index - at));
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** A place below the region: a town, a district or a facility. */
const local = (p: { kind: string }) => p.kind === "city" || p.kind === "district" || p.kind === "facility";

/** Fills the group's missing fields from another mention of it. */
function fill(g: Group, m: Mention, folded: boolean, unitWords: ReadonlySet<string>): void {
  const main = g.main;
  // places carried over from the act told before give way to any a statement names itself
  const own = main.placesCarried && m.places.length && !m.placesCarried ? { ...main, places: [] } : main;
  g.main = {
    ...main,
    // who brings a charge (prosecutors, a court) is not who made the arrest it is folded into
    agent: main.agent ?? (folded && m.type === "charge" ? null : m.agent),
    patient: main.patient ?? (folded ? null : m.patient),
    counts: folded ? main.counts : { ...m.counts, ...main.counts },
    charges: main.charges.length ? main.charges : m.charges,
    // a date the first statement gives stays, even one the text leaves unresolved ("on Friday" in
    // an undated story): another statement's date may be another step of the story
    date: main.date?.value || main.date?.span ? main.date : m.date?.value ? m.date : (main.date ?? m.date),
    ...placesOf(own, m, folded, unitWords),
    affiliation: main.affiliation ?? m.affiliation,
    persons: [...new Set([...main.persons, ...m.persons])],
  };
}

/**
 * How many sentences on an act of the case still takes the group, or the count, of the act before
 * it: a story names them once and goes on with the next step in the next sentence or two.
 */
const CARRY_SENTENCES = 2;

/** The acts of a case against people, whose group the story names once and then takes as known. */
const CASE_TYPES = new Set<EventType>(["arrest", "charge", "sentence", "release", "mobilize"]);

/**
 * "Twenty suspected members of X were detained … On March 28, three more activists were
 * detained": an act of the case with no group of its own is of the group the act before it named.
 */
function carryAffiliation(groups: Group[]): Group[] {
  let last: Mention | null = null;
  for (const g of groups) {
    if (!CASE_TYPES.has(g.main.type)) continue;
    const m = g.main;
    if (m.affiliation) last = m;
    else if (
      last &&
      m.sentence.index - last.sentence.index <= CARRY_SENTENCES &&
      // (days of one month are one story's: "On March 27 … On March 28, three more")
      compatibleDates(last.date?.value?.slice(0, 7), m.date?.value?.slice(0, 7))
    ) {
      g.main = {
        ...m,
        affiliation: last.affiliation,
        rules: [...m.rules, `group of the act of the case before: ${last.affiliation}`],
      };
    }
  }
  return groups;
}

/** A patient that only points back to people named before ("they", "their sentences"). */
const POINTS_BACK = /^(?:they|them|their\b.*|those\b.*)$/iu;

/**
 * "Three men were executed on Friday … They were convicted over an attack": an act whose people
 * are only "they" or "their …" counts the people of the act of the case just before it.
 */
function carryCount(groups: Group[], roles: Readonly<Partial<Record<EventType, string>>>): Group[] {
  let last: Mention | null = null;
  for (const g of [...groups].sort((x, y) => x.main.sentence.index - y.main.sentence.index)) {
    const m = g.main;
    if (!CASE_TYPES.has(m.type) && m.type !== "killing") continue;
    const count = mainCount(m);
    const role = roles[m.type];
    if (count) last = m;
    else if (
      last &&
      role &&
      POINTS_BACK.test(m.patient ?? "") &&
      m.sentence.index - last.sentence.index <= CARRY_SENTENCES
    ) {
      const [lastRole, count] = Object.entries(last.counts)[0] as [string, Count];
      const from = last.spans[`counts.${lastRole}`];
      g.main = {
        ...m,
        counts: { ...m.counts, [role]: count },
        rules: [...m.rules, `count of the act of the case before ("${m.patient}")`],
        spans: from ? { ...m.spans, [`counts.${role}`]: from } : m.spans,
      };
    }
  }
  return groups;
}

/**
 * The places of the occurrence are those its first statement names; a later statement fills them
 * in only when that named none (a prosecutor's district is not where the raids were); a search or
 * charge folded into an arrest names the operation's places, which the arrest's own town (when it
 * names one) is more specific than.
 */
function placesOf(
  main: Mention,
  m: Mention,
  folded: boolean,
  unitWords: ReadonlySet<string>,
): Pick<Mention, "places" | "placesCarried"> {
  const guess = (x: Mention) => !x.places.length || !!x.placesCarried;
  if (folded && !main.places.some(local)) {
    const places = specificPlaces([...main.places, ...m.places]);
    return { places, placesCarried: places.length > 0 && guess(main) && guess(m) };
  }
  if (!m.placesCarried && main.places.length && !main.placesCarried) {
    // a statement that names the occurrence's town again with a place beside it ("in the forests
    // of X in Y" after "in Y district"), or a town inside the region the first named ("the
    // village of X" after "the republic of Y"), adds what it names
    const name = (n: string | null | undefined) => (n ? placeName(n, unitWords).toLowerCase() : "");
    const towns = new Set(main.places.filter(local).map((p) => name(p.name)));
    const regions = new Set(main.places.filter((p) => p.kind === "region").map((p) => name(p.admin1)));
    const again = m.places.some((p) => local(p) && towns.has(name(p.name)));
    const inside = towns.size ? [] : m.places.filter((p) => local(p) && regions.has(name(p.admin1)));
    if (again) return { places: specificPlaces([...main.places, ...m.places]), placesCarried: false };
    if (inside.length) return { places: specificPlaces([...main.places, ...inside]), placesCarried: false };
  }
  // a noun that names only the country ("since the arrest of X in Pakistan") gives way to the
  // verb that tells where in it ("X was arrested at the Supreme Court in Islamabad")
  const within =
    main.trigger.kind === "noun" &&
    m.trigger.kind !== "noun" &&
    main.places.length > 0 &&
    main.places.every((p) => p.kind === "country") &&
    !m.placesCarried &&
    m.places.some((p) => p.kind !== "country" && main.places.some((q) => q.country === p.country));
  return main.places.length && !within
    ? { places: main.places, placesCarried: main.placesCarried }
    : { places: m.places, placesCarried: m.placesCarried };
}

function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of xs) {
    if (seen.has(key(x))) continue;
    seen.add(key(x));
    out.push(x);
  }
  return out;
}

function toAnnotation(doc: Document, g: Group, n: number, resources: Resources): EventAnnotation {
  const m = g.main;
  const unitWords = resources.events.adminUnitWords;
  const text = (s: Span) => doc.text.slice(s.start, s.end);
  // `also`: the other statements of the event; a lone trigger word ("the arrests") is kept in
  // `spans` for provenance but states nothing a reader could check
  const others = g.mentions.filter(
    (x) =>
      x !== m &&
      x.evidence.start !== m.evidence.start &&
      (x.agent || x.patient || Object.keys(x.counts).length),
  );
  const specific = !!(m.date?.value || m.places.length || Object.keys(m.counts).length || m.persons.length);
  const onto = resources.events.ontology.get(m.type);
  const spans: Record<string, Span> = { ...m.spans, evidence: m.evidence };
  return {
    id: `e${n}`,
    type: m.type,
    specific,
    evidence: text(m.evidence),
    ...(others.length ? { also: [...new Set(others.map((x) => text(x.evidence)))] } : {}),
    trigger: m.triggerText,
    agent: m.agent,
    patient: m.patient,
    affiliation: m.affiliation,
    counts: m.counts,
    charges: [...m.charges],
    places: uniqueBy(m.places, (p) => `${placeName(p.name, unitWords).toLowerCase()}|${p.country}`).map(
      (p) => ({
        name: placeName(p.name, unitWords),
        kind: p.kind,
        country: p.country ?? null,
        ...(p.admin1 ? { admin1: p.admin1 } : {}),
        ...(p.lat != null && p.lon != null ? { lat: p.lat, lon: p.lon } : {}),
      }),
    ),
    date: m.date ? { value: m.date.value, text: m.date.text } : { value: null, text: null },
    source: m.source,
    factuality: m.factuality,
    ...(onto ? { plover: onto.plover, acled: onto.acled } : {}),
    spans: g.mentions.map((x) => x.evidence),
    explanation: {
      rule: [...new Set([...g.mentions.flatMap((x) => x.rules), ...m.rules])].join("; "),
      spans,
    },
  };
}

/** What the story carries across a paragraph break: only from the sentence just before, from an act of the operations. */
function acrossBreak<T extends { readonly type: EventType }>(
  carried: T | null,
  at: number,
  sentence: number,
): (T & { operationsOnly: true }) | null {
  return carried && at === sentence - 1 && !JUDICIAL.has(carried.type)
    ? { ...carried, operationsOnly: true }
    : null;
}

export const events = defineStage({
  name: "events",
  version: "0.2.0",
  requires: ["sentences", "times", "quantities", "places", "entities", "attribution"],
  provides: "events",
  run(doc, resources): EventAnnotation[] {
    const ctx: Context = {
      doc,
      lex: resources.events,
      times: doc.layers.times ?? [],
      quantities: doc.layers.quantities ?? [],
      attribution: doc.layers.attribution ?? [],
      places: doc.layers.places ?? [],
      entities: doc.layers.entities ?? [],
      organisations: (doc.layers.entities ?? [])
        .filter((e) => e.type === "organization")
        .flatMap((e) => e.spans.map((sp) => ({ end: sp.end, name: e.name })))
        .sort((a, b) => a.end - b.end),
    };
    const mentions: Mention[] = [];
    let paragraph = -1;
    let previousDate: PreviousDate | null = null;
    let datedAt = -1;
    let previousPlaces: PreviousPlaces | null = null;
    let placedAt = -1;
    const sentences = sentenceViews(doc, resources.events.personNouns);
    const local = contextsBySentence(ctx, sentences);
    for (const s of sentences) {
      if (s.paragraph !== paragraph) {
        paragraph = s.paragraph;
        // the story's date crosses into the next paragraph only from the sentence just before it,
        // and only from one act of the operations to another ("In June, militants attacked …" ¶
        // "Security forces killed 18 gunmen")
        // (the places told before cross under the same conditions)
        previousDate = acrossBreak(previousDate, datedAt, s.index);
        previousPlaces = acrossBreak(previousPlaces, placedAt, s.index);
      }
      const ms = sentenceMentions(local[s.index] as Context, s, previousDate, previousPlaces);
      mentions.push(...ms);
      const dated = ms.find((m) => m.date?.span);
      if (dated?.date) {
        previousDate = { date: dated.date, type: dated.type };
        datedAt = s.index;
      }
      const placed = ms.findLast((m) => m.places.length && !m.placesCarried);
      if (placed) {
        previousPlaces = { places: placed.places, type: placed.type };
        placedAt = s.index;
      }
    }
    const groups = mergeMentions(mentions, resources.events.adminUnitWords);
    return carryCount(carryAffiliation(groups), resources.events.countRoles).map((g, i) =>
      toAnnotation(doc, g, i + 1, resources),
    );
  },
});

// The events stage: trigger → mention (arguments, counts, date, places, source, factuality) →
// one event per occurrence after merging the mentions of a document, each with its explanation.
import type { Document, EventAnnotation } from "../../model/document.js";
import type { Count, EventType } from "../../model/reading.js";
import type { Span } from "../../model/span.js";
import type { Resources } from "../../resources/resources.js";
import { defineStage } from "../stage.js";
import { type Context, type Mention, placeName, sentenceMentions, specificPlaces } from "./mentions.js";
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

function mainCount(m: Mention): Count | undefined {
  return Object.values(m.counts)[0];
}

/**
 * Is mention `m` another statement of the occurrence `e`? Same type, nothing contradicts (counts,
 * dates, named people, places), and something ties them: an equal count, date, person or place,
 * adjacent sentences, or a mention that adds nothing of its own ("the arrests", "they were detained").
 */
function sameOccurrence(e: Mention, m: Mention): boolean {
  if (e.type !== m.type) return false;
  const ce = mainCount(e);
  const cm = mainCount(m);
  // "16 detained" and "several detained" are two statements of different arrests
  const countsKnown = ce && cm && !e.derivedCount && !m.derivedCount;
  if (countsKnown && (ce.value !== cm.value || (ce.qualifier === "several") !== (cm.qualifier === "several")))
    return false;
  if (!compatibleDates(e.date?.value, m.date?.value)) return false;
  if (e.persons.length && m.persons.length && !e.persons.some((p) => m.persons.includes(p))) return false;
  const named = (x: Mention) => x.places.filter((p) => p.kind !== "country").map((p) => p.name.toLowerCase());
  const pe = named(e);
  const pm = named(m);
  if (pe.length && pm.length && !pe.some((p) => pm.includes(p))) return false;
  const sameDay = !!e.date?.value && e.date.value === m.date?.value;
  if (ce?.value != null && ce.value === cm?.value) return true;
  if (sameDay && e.date?.value?.length === 10) return true;
  if (e.persons.some((p) => m.persons.includes(p))) return true;
  // a shared place ties two mentions only when their dates do not tell them apart
  if (pe.some((p) => pm.includes(p)) && (sameDay || (!e.date?.value && !m.date?.value))) return true;
  if (Math.abs(e.sentence.index - m.sentence.index) <= 1) return true;
  // a mention that adds nothing of its own ("the arrests", "they were placed in detention")
  return !cm && !m.date?.value && !m.persons.length;
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

export function mergeMentions(mentions: readonly Mention[]): Group[] {
  const groups: Group[] = [];
  const held: Mention[] = [];
  for (const m of mentions) {
    // searches and charges wait until the arrests and deaths they may belong to are known
    if (FOLDED[m.type]) {
      held.push(m);
      continue;
    }
    // the most recent occurrence it can be (a later "the arrests" refers back to the last one)
    const g = m.anaphoric
      ? groups.findLast((x) => ["clash", "killing", "attack"].includes(x.main.type))
      : groups.findLast((x) => x.mentions.some((y) => sameOccurrence(y, m)) && sameOccurrence(x.main, m));
    if (g) {
      g.mentions.push(m);
      fill(g, m);
    } else groups.push({ main: m, mentions: [m] });
  }
  // each search or charge of an operation that also reports arrests or deaths belongs to the
  // nearest of them (GUIDELINES §7); the others are events of their own
  for (const m of held) {
    const into = FOLDED[m.type] ?? [];
    const target = nearest(
      groups.filter((x) => into.includes(x.main.type) && compatibleDates(x.main.date?.value, m.date?.value)),
      m.sentence.index,
      Number.POSITIVE_INFINITY,
    );
    if (target) {
      target.mentions.push(m);
      fill(target, m, true);
      continue;
    }
    const g = groups.findLast((x) => x.main.type === m.type && sameOccurrence(x.main, m));
    if (g) {
      g.mentions.push(m);
      fill(g, m);
    } else groups.push({ main: m, mentions: [m] });
  }
  // deaths with no named killer reported beside a clash ("who was also killed in the operation")
  for (const g of groups.filter((x) => x.main.type === "killing" && x.main.agent === null)) {
    const target = nearest(
      groups.filter(
        (x) => x.main.type === "clash" && compatibleDates(x.main.date?.value, g.main.date?.value),
      ),
      g.main.sentence.index,
      3,
    );
    if (!target) continue;
    target.mentions.push(...g.mentions);
    for (const m of g.mentions) fill(target, m, true);
    groups.splice(groups.indexOf(g), 1);
  }
  return groups.sort((x, y) => x.main.evidence.start - y.main.evidence.start);
}

function nearest(candidates: readonly Group[], at: number, within: number): Group | undefined {
  let best: Group | undefined;
  let bestD = within + 1;
  for (const c of candidates) {
    const d = Math.min(...c.mentions.map((m) => Math.abs(m.sentence.index - at)));
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Fills the group's missing fields from another mention of it. */
function fill(g: Group, m: Mention, folded = false): void {
  const main = g.main;
  g.main = {
    ...main,
    agent: main.agent ?? m.agent,
    patient: main.patient ?? (folded ? null : m.patient),
    counts: folded ? main.counts : { ...m.counts, ...main.counts },
    charges: main.charges.length ? main.charges : m.charges,
    date: main.date?.value ? main.date : m.date?.value ? m.date : (main.date ?? m.date),
    places: specificPlaces([...main.places, ...m.places]),
    affiliation: main.affiliation ?? m.affiliation,
    persons: [...new Set([...main.persons, ...m.persons])],
  };
}

function toAnnotation(doc: Document, g: Group, n: number, resources: Resources): EventAnnotation {
  const m = g.main;
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
    places: m.places.map((p) => ({
      name: placeName(p.name),
      kind: p.kind,
      country: p.country ?? null,
      ...(p.admin1 ? { admin1: p.admin1 } : {}),
      ...(p.lat != null && p.lon != null ? { lat: p.lat, lon: p.lon } : {}),
    })),
    date: m.date ? { value: m.date.value, text: m.date.text } : { value: null, text: null },
    source: m.source,
    factuality: m.factuality,
    ...(onto ? { plover: onto.plover, acled: onto.acled } : {}),
    spans: g.mentions.map((x) => x.evidence),
    explanation: { rule: [...new Set(g.mentions.flatMap((x) => x.rules))].join("; "), spans },
  };
}

export const events = defineStage({
  name: "events",
  version: "0.1.0",
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
    };
    const mentions: Mention[] = [];
    let paragraph = -1;
    let previousDate: Mention["date"] = null;
    for (const s of sentenceViews(doc)) {
      if (s.paragraph !== paragraph) {
        paragraph = s.paragraph;
        previousDate = null;
      }
      const ms = sentenceMentions(ctx, s, previousDate);
      mentions.push(...ms);
      const dated = ms.find((m) => m.date?.span);
      if (dated) previousDate = dated.date;
    }
    return mergeMentions(mentions).map((g, i) => toAnnotation(doc, g, i + 1, resources));
  },
});

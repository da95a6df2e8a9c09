// Knowledge for the events and figures stages: trigger words by type and the cue words that
// decide voice, factuality, specificity, counts and affiliation. Loaded once from
// data/lexicons/events.json and data/ontology/event-types.json.
import { z } from "zod";
import { EVENT_TYPES, type EventType } from "../model/reading.js";
import { escapeRegExp, loadJson } from "./resources.js";
import { lowerList, lowerSet } from "./word-lists.js";

/** A multi-word trigger: lower-cased words, where `*` stands for up to six words of any kind. */
export interface Phrase {
  readonly type: EventType;
  readonly words: readonly string[];
  /** The phrase as written in the data file (for explanations). */
  readonly text: string;
  /** A compound noun of the nouns list ("internet shutdown"): arguments as a noun's, not a verb's. */
  readonly noun?: boolean;
}

export interface OntologyEntry {
  readonly plover: { readonly type: string; readonly mode: string | null };
  readonly acled: { readonly event_type: string | null; readonly sub_event_type: string | null };
}

export interface EventLexicon {
  /** Lemma of a one-word verb trigger → its event types. */
  readonly verbs: ReadonlyMap<string, readonly EventType[]>;
  /** Lemma of a one-word noun trigger → its event types. */
  readonly nouns: ReadonlyMap<string, readonly EventType[]>;
  /** Nouns that are triggers only with a modifier before them ("security operation"). */
  readonly nounNeedsModifier: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  /** Multi-word triggers, longest first. */
  readonly phrases: readonly Phrase[];
  readonly countRoles: Readonly<Partial<Record<EventType, string>>>;
  readonly injuryWords: ReadonlySet<string>;
  readonly deathWords: ReadonlySet<string>;
  readonly stateActors: ReadonlySet<string>;
  readonly armedGroups: ReadonlySet<string>;
  readonly negation: ReadonlySet<string>;
  readonly modality: ReadonlySet<string>;
  readonly hypothetical: ReadonlySet<string>;
  readonly intent: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
  readonly alleged: readonly string[];
  readonly reportedAdverbs: readonly string[];
  readonly disputed: readonly string[];
  readonly chargeCues: readonly string[];
  readonly affiliationCues: readonly string[];
  /** Nouns for people: the patient of an arrest, release or sentence is one of them. */
  readonly personNouns: ReadonlySet<string>;
  /** Words of an administrative unit an event's place name drops ("the Sughd region" → "Sughd"). */
  readonly adminUnitWords: ReadonlySet<string>;
  /** Nouns for a town ("the city", "the village"): a reference back to the last town named. */
  readonly settlementNouns: ReadonlySet<string>;
  /** Words that open a clause of another act ("while", "whereas"): its places are that act's. */
  readonly clauseBreaks: ReadonlySet<string>;
  /** Verbs whose present passive still states a fact ("the group is banned in Russia"). */
  readonly stative: ReadonlySet<string>;
  /** Verbs whose subject is the agent of the event noun they govern ("X carried out attacks"). */
  readonly agentVerbs: ReadonlySet<string>;
  /** Types whose passive "with" names a charge or a thing ("charged with", "arrested with"), not who acted. */
  readonly withNamesNoAgent: ReadonlySet<EventType>;
  /** Words that make the people they modify an armed side ("terrorism suspects", "terror suspects"). */
  readonly armedModifiers: ReadonlySet<string>;
  /** Verbs of a higher court's ruling ("upheld"): a step of the case apart from the verdict it rules on. */
  readonly appealVerbs: ReadonlySet<string>;
  /** Words of detention: a death in custody is a killing by the state. */
  readonly custodyWords: readonly string[];
  /** Verbs that state an event only without a direct object ("demonstrates the" is no protest). */
  readonly intransitive: ReadonlySet<string>;
  readonly figureUnits: ReadonlySet<string>;
  /** Nouns that name an event's people ("the six detainees"): their count restates the event's. */
  readonly eventParticipantNouns: ReadonlySet<string>;
  /** Counted acts ("247 arrests"): a figure only as a total ("so far", "in all"), else an event's count. */
  readonly eventCountUnits: ReadonlySet<string>;
  /** "eight people have died", "1,400 were arrested": people counted by the act that befell them. */
  readonly eventCountVerbs: ReadonlySet<string>;
  readonly figureCues: readonly string[];
  /** Words that make a sentence a tally when they open it ("Since December, nine were detained"). */
  readonly figureOpeners: readonly string[];
  /** Words before a month or year that make a count a tally up to it ("before February 2019"). */
  readonly figureBounds: readonly string[];
  /** Nouns of a list: "the names of 27 people" is the list's size, a figure. */
  readonly figureListNouns: ReadonlySet<string>;
  /** A figure cue anywhere in a lower-cased sentence, or an opener at its start. */
  readonly statistic: RegExp;
  /** Event type → PLOVER and ACLED categories (data/ontology/event-types.json). */
  readonly ontology: ReadonlyMap<EventType, OntologyEntry>;
}

const words = z.array(z.string().min(1));
const lexiconFile = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  triggers: z.array(
    z.object({
      type: z.enum(EVENT_TYPES),
      verbs: words,
      nouns: words,
      phrases: words.optional(),
      nounNeedsModifier: words.optional(),
      modifiers: words.optional(),
    }),
  ),
  countRoles: z.partialRecord(z.enum(EVENT_TYPES), z.string()),
  injuryWords: words,
  deathWords: words,
  stateActors: words,
  armedGroups: words,
  negation: words,
  modality: words,
  hypothetical: words,
  intent: words,
  generic: words,
  alleged: words,
  reportedAdverbs: words,
  disputed: words,
  chargeCues: words,
  affiliationCues: words,
  personNouns: words,
  adminUnitWords: words,
  settlementNouns: words,
  clauseBreaks: words,
  stative: words,
  agentVerbs: words,
  withNamesNoAgent: z.array(z.enum(EVENT_TYPES)),
  appealVerbs: words,
  armedModifiers: words,
  custodyWords: words,
  intransitive: words,
  figureUnits: words,
  eventParticipantNouns: words,
  eventCountUnits: words,
  eventCountVerbs: words,
  figureCues: words,
  figureOpeners: words,
  figureBounds: words,
  figureListNouns: words,
});

const ontologyFile = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  types: z.record(
    z.enum(EVENT_TYPES),
    z.object({
      plover: z.object({ type: z.string(), mode: z.string().nullable() }),
      acled: z.object({ event_type: z.string().nullable(), sub_event_type: z.string().nullable() }),
    }),
  ),
});

const lower = lowerList;
const set = lowerSet;

function add(map: Map<string, EventType[]>, key: string, type: EventType): void {
  const list = map.get(key) ?? [];
  if (!list.includes(type)) list.push(type);
  map.set(key, list);
}

export function loadEventLexicon(dataDir: string): EventLexicon {
  const f = loadJson(dataDir, "lexicons/events.json", lexiconFile);
  const ontology = loadJson(dataDir, "ontology/event-types.json", ontologyFile);
  const verbs = new Map<string, EventType[]>();
  const nouns = new Map<string, EventType[]>();
  const phrases: Phrase[] = [];
  const modifiers = new Set<string>();
  const nounNeedsModifier = new Set<string>();
  for (const t of f.triggers) {
    for (const [list, map] of [
      [t.verbs, verbs],
      [t.nouns, nouns],
    ] as const) {
      for (const w of lower(list)) {
        const parts = w.split(/\s+/u);
        if (parts.length === 1) add(map, w, t.type);
        else phrases.push({ type: t.type, words: parts, text: w, ...(map === nouns ? { noun: true } : {}) });
      }
    }
    for (const p of lower(t.phrases ?? [])) phrases.push({ type: t.type, words: p.split(/\s+/u), text: p });
    for (const m of lower(t.modifiers ?? [])) modifiers.add(m);
    for (const n of lower(t.nounNeedsModifier ?? [])) nounNeedsModifier.add(n);
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  return {
    verbs,
    nouns,
    nounNeedsModifier,
    modifiers,
    phrases,
    countRoles: f.countRoles as Partial<Record<EventType, string>>,
    injuryWords: set(f.injuryWords),
    deathWords: set(f.deathWords),
    stateActors: set(f.stateActors),
    armedGroups: set(f.armedGroups),
    negation: set(f.negation),
    modality: set(f.modality),
    hypothetical: set(f.hypothetical),
    intent: set(f.intent),
    generic: set(f.generic),
    alleged: lower(f.alleged),
    reportedAdverbs: lower(f.reportedAdverbs),
    disputed: lower(f.disputed),
    chargeCues: lower(f.chargeCues),
    affiliationCues: lower(f.affiliationCues),
    personNouns: set(f.personNouns),
    adminUnitWords: set(f.adminUnitWords),
    settlementNouns: set(f.settlementNouns),
    clauseBreaks: set(f.clauseBreaks),
    stative: set(f.stative),
    agentVerbs: set(f.agentVerbs),
    withNamesNoAgent: new Set(f.withNamesNoAgent),
    appealVerbs: set(f.appealVerbs),
    armedModifiers: set(f.armedModifiers),
    custodyWords: lower(f.custodyWords),
    intransitive: set(f.intransitive),
    figureUnits: set(f.figureUnits),
    eventParticipantNouns: set(f.eventParticipantNouns),
    eventCountUnits: set(f.eventCountUnits),
    eventCountVerbs: set(f.eventCountVerbs),
    figureCues: lower(f.figureCues),
    figureOpeners: lower(f.figureOpeners),
    figureBounds: lower(f.figureBounds),
    figureListNouns: set(f.figureListNouns),
    statistic: statisticCues(lower(f.figureCues), lower(f.figureOpeners)),
    ontology: new Map(Object.entries(ontology.types) as [EventType, OntologyEntry][]),
  };
}

/** One expression for the cues anywhere and the openers at the start; an empty list matches nothing. */
function statisticCues(cues: readonly string[], openers: readonly string[]): RegExp {
  const alt = (words: readonly string[]) => words.map(escapeRegExp).join("|");
  const parts = [
    ...(cues.length ? [`\\b(?:${alt(cues)})\\b`] : []),
    ...(openers.length ? [`^\\W*(?:${alt(openers)})\\b`] : []),
  ];
  return new RegExp(parts.length ? parts.join("|") : "(?!)", "u");
}

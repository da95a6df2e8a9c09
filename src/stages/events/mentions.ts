// One event mention per trigger that states an occurrence: type, arguments, counts, date,
// places, source and factuality, each with the span it came from.
import type {
  AttributionAnnotation,
  Document,
  EntityAnnotation,
  PlaceAnnotation,
  QuantityAnnotation,
  TimeAnnotation,
} from "../../model/document.js";
import {
  type Count,
  type CountRole,
  type EventType,
  type Factuality,
  TOTAL_QUALIFIERS,
} from "../../model/reading.js";
import { type Span, span } from "../../model/span.js";
import type { EventLexicon } from "../../resources/event-lexicon.js";
import { escapeRegExp } from "../../resources/resources.js";
import { sourceOf } from "../attribution/source-of.js";
import {
  adjunctHost,
  argument,
  type Chunk,
  chunkText,
  controllerSubject,
  coordinatedVerb,
  isPassive,
  npAfter,
  npAfterWord,
  npBefore,
  relativeSubject,
  subjectEnd,
  subjectOf,
} from "./chunks.js";
import { datelineEnd, personalClause, placesIn, specificPlaces } from "./places.js";
import type { Sentence, Tok } from "./tokens.js";
import { findTriggers, type Trigger } from "./triggers.js";

export interface Mention {
  readonly type: EventType;
  readonly sentence: Sentence;
  readonly trigger: Trigger;
  readonly triggerText: string;
  readonly evidence: Span;
  readonly agent: string | null;
  readonly patient: string | null;
  readonly patientChunk: Chunk | null;
  readonly agentChunk: Chunk | null;
  readonly counts: Partial<Record<CountRole, Count>>;
  readonly charges: readonly string[];
  readonly places: readonly PlaceAnnotation[];
  /** The places were carried over from the act told just before (the sentence names none). */
  readonly placesCarried?: boolean;
  readonly date: { value: string | null; text: string | null; span: Span | null } | null;
  readonly source: string;
  readonly factuality: Factuality;
  readonly affiliation: string | null;
  /** Persons named in the patient phrase (to keep apart arrests of different people). */
  readonly persons: readonly string[];
  /** Stated by a higher court's ruling ("upheld their sentences"), a step apart from the verdict. */
  readonly appeal: boolean;
  /** The count was inferred from named people or a singular phrase, not stated as a number. */
  readonly derivedCount: boolean;
  /**
   * "The killing" with no arguments, or a death "in the raid" with no killer named: a reference back
   * to a killing, attack or clash named before.
   */
  readonly anaphoric: boolean;
  /** "protests in other cities": the act elsewhere than the places told before. */
  readonly elsewhere?: boolean;
  /** "the operation": an act told before, which it joins, never an event of its own. */
  readonly refersBack?: boolean;
  readonly rules: readonly string[];
  readonly spans: Record<string, Span>;
}

/** What the mention finder reads besides the sentence: the document's other layers. */
export interface Context {
  readonly doc: Document;
  readonly lex: EventLexicon;
  readonly times: readonly TimeAnnotation[];
  readonly quantities: readonly QuantityAnnotation[];
  readonly attribution: readonly AttributionAnnotation[];
  readonly places: readonly PlaceAnnotation[];
  readonly entities: readonly EntityAnnotation[];
  /** Ends of the document's organisation mentions, in order, with their names ("the group" → the last one). */
  readonly organisations: readonly { readonly end: number; readonly name: string }[];
}

const tokText = (ctx: Context, s: Sentence, c: Chunk | null) => chunkText(ctx.doc.text, s.toks, c);
const chunkSpan = (s: Sentence, c: Chunk): Span =>
  span((s.toks[c.from] as Tok).start, (s.toks[c.to - 1] as Tok).end);
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** Why a trigger states no occurrence (negated, hypothetical, planned, generic, attributive), or null. */
export function blocked(s: Sentence, t: Trigger, lex: EventLexicon): string | null {
  const toks = s.toks;
  const head = toks[t.head] as Tok;
  const prev = toks[t.from - 1];
  const next = toks[t.to];
  // "the banned group", "of banned outfit X": a participle used as an attribute
  const auxBefore = toks.slice(Math.max(0, t.from - 3), t.from).some((w) => w.pos === "AUX");
  if (t.kind === "verb" && /(?:ed|en)$/u.test(head.lower) && next && /^(?:NOUN|PROPN|ADJ)$/u.test(next.pos)) {
    const attributePrev =
      !prev || /^(?:DET|ADJ|ADP)$/u.test(prev.pos) || (prev.pos === "ADV" && toks[t.from - 2]?.pos === "DET");
    if (attributePrev) return "attributive participle";
  }
  // "an organisation banned in Russia": a reduced relative clause, background to the sentence
  // (not a sentence's own subject: "Three prisoners escaped from a jail")
  if (
    t.kind === "verb" &&
    /ed$/u.test(head.lower) &&
    !lex.intransitive.has(head.lemma) &&
    prev &&
    /^(?:NOUN|PROPN|PRON)$/u.test(prev.pos) &&
    !auxBefore &&
    /^(?:ADP|VERB|AUX)$/u.test(toks[(npBefore(toks, t.from)?.from ?? 0) - 1]?.pos ?? "")
  ) {
    // the phrase before is an object or complement ("involvement in the organisation banned in…")
    if (!next || next.pos === "ADP" || /^[,.;:)]$/u.test(next.text)) return "reduced relative clause";
  }
  // "the release of all those detained": the participle names people by what happened to them
  if (
    t.kind === "verb" &&
    /ed$/u.test(head.lower) &&
    /^(?:those|the)$/u.test(prev?.lower ?? "") &&
    !/^(?:NOUN|PROPN)$/u.test(next?.pos ?? "")
  ) {
    return "people named by a participle";
  }
  // "a group declared extremist and banned in 2003", "which is banned": a state the phrase is in,
  // background to the sentence rather than the act of banning
  if ((t.kind === "verb" || t.kind === "phrase") && lex.stative.has(head.lemma)) {
    const participle =
      /ed$/u.test(head.lower) &&
      !auxBefore &&
      (!next || /^(?:ADP|CCONJ)$/u.test(next.pos) || /^[,.;:)]$/u.test(next.text));
    const relative =
      /^(?:is|are)$/u.test(prev?.lower ?? "") && /^(?:that|which|who)$/u.test(toks[t.from - 2]?.lower ?? "");
    if (participle || relative) return "state, not an act";
  }
  // "demonstrates that", "marched the prisoners": these verbs state an event only without an object
  if (
    t.kind === "verb" &&
    lex.intransitive.has(head.lemma) &&
    next &&
    /^(?:DET|NOUN|PROPN|SCONJ|PRON)$/u.test(next.pos)
  ) {
    return "transitive use";
  }
  // "to impose a ban", "to attack": an infinitive clause states no occurrence
  for (let k = t.from - 1; k >= Math.max(0, t.from - 4); k--) {
    const w = toks[k] as Tok;
    if (w.text === "," || w.pos === "AUX" || (w.pos === "VERB" && toks[k - 1]?.lower !== "to")) break;
    // (a perfect infinitive, "claimed to have killed", reports a past act)
    if (
      w.pos === "VERB" &&
      toks[k - 1]?.lower === "to" &&
      !/^(?:attempt|try)/u.test(toks[k - 2]?.lemma ?? "") &&
      // "claimed to have killed", "is said to have fled": a perfect infinitive reports a past act
      !(w.lemma === "have" && k === t.from - 1 && /(?:ed|en)$/u.test(head.lower))
    ) {
      return "infinitive clause";
    }
  }
  // look back over the words that govern the trigger within its clause
  for (let k = t.from - 1; k >= Math.max(0, t.from - 4); k--) {
    const w = toks[k] as Tok;
    if (w.text === "," || w.text === ";") break;
    if (lex.negation.has(w.lower)) return `negated by "${w.text}"`;
    if (lex.modality.has(w.lower)) return `modal "${w.text}"`;
    if (lex.intent.has(w.lemma) || lex.intent.has(w.lower)) return `intended or prevented: "${w.text}"`;
  }
  if (t.kind === "verb" && prev?.lower === "to" && !/^(?:attempt|try)/u.test(toks[t.from - 2]?.lemma ?? "")) {
    return "infinitive";
  }
  for (let k = 0; k < t.from; k++) {
    const w = toks[k] as Tok;
    if (lex.hypothetical.has(w.lower)) return `hypothetical: "${w.text}"`;
  }
  // "police routinely detain", "are often arrested": a habit adverb next to the trigger
  for (let k = Math.max(0, t.from - 3); k <= Math.min(toks.length - 1, t.to); k++) {
    const w = toks[k] as Tok;
    if (lex.generic.has(w.lower)) return `generic: "${w.text}"`;
  }
  // "those who pose no threat are released": a present passive states a rule or a habit
  if (t.kind === "verb" && prev && /^(?:is|are)$/u.test(prev.lower) && !lex.stative.has(head.lemma))
    return "present passive";
  // a bare present-tense verb ("police detain") states a habit, not an occurrence
  if (
    t.kind === "verb" &&
    head.pos === "VERB" &&
    head.lower === head.lemma &&
    !/^(?:have|has|had|did)$/u.test(prev?.lower ?? "")
  ) {
    return "present tense";
  }
  return null;
}

function isState(words: string | null, lex: EventLexicon): boolean {
  if (!words) return false;
  const lower = words.toLowerCase();
  for (const w of lower.split(/[^\p{L}-]+/u)) if (lex.stateActors.has(w)) return true;
  for (const a of lex.stateActors) if (a.includes(" ") && lower.includes(a)) return true;
  return false;
}

function isArmed(words: string | null, lex: EventLexicon): boolean {
  if (!words) return false;
  const ws = words.toLowerCase().split(/[^\p{L}-]+/u);
  for (const [i, w] of ws.entries()) {
    if (lex.armedGroups.has(w)) return true;
    // "terrorism suspects": people named by the armed activity they are suspected of
    if (lex.armedModifiers.has(w) && lex.personNouns.has(ws[i + 1] ?? "")) return true;
  }
  return false;
}

/** A killing verb's type: clash (two armed sides), killing (by state agents) or attack. */
function killType(
  t: Trigger,
  s: Sentence,
  agent: string | null,
  patient: string | null,
  lex: EventLexicon,
  clashInSentence: boolean,
  stateAgent: boolean,
): [EventType, string] {
  const lemma = (s.toks[t.head] as Tok).lemma;
  if (lemma === "execute" || lemma === "execution" || lemma === "hang") return ["killing", "execution"];
  if (clashInSentence) return ["clash", "a clash word in the sentence"];
  const sentence = s.toks.map((x) => x.lower).join(" ");
  if (lex.custodyWords.some((w) => sentence.includes(w))) return ["killing", "death in custody"];
  const state = stateAgent;
  const armedPatient = isArmed(patient, lex);
  if (state && armedPatient) return ["clash", "state agent, armed patient"];
  if (state) return ["killing", "state agent"];
  if (!agent && armedPatient) return ["clash", "armed patient, no agent"];
  return ["attack", "non-state or unnamed agent"];
}

/** "Zakir Musa, 25, who …", "(30)" after a name: a bare number set off after a person's name is an age. */
function isAge(ctx: Context, q: QuantityAnnotation): boolean {
  if (q.unit !== null || q.value === null || q.value > 120) return false;
  const before = ctx.doc.text.slice(Math.max(0, q.span.start - 3), q.span.start);
  const mark = /[,(]\s*$/u.exec(before);
  if (!mark) return false;
  const at = q.span.start - before.length + mark.index;
  return ctx.entities.some(
    (e) => e.type === "person" && e.spans.some((sp) => sp.end <= at && at - sp.end <= 1),
  );
}

function countIn(
  ctx: Context,
  s: Sentence,
  c: Chunk | null,
): { count: Count; span: Span; derived?: boolean } | null {
  if (!c) return null;
  // a relative clause after the head counts no one of the event ("a man who wounded two guards")
  if (c.head !== undefined) return countIn(ctx, s, { from: c.from, to: c.head });
  const np = chunkSpan(s, c);
  // "four terrorism suspects": a phrase whose head is a person noun counts people, whatever unit
  // the quantities stage took from the word after the number (a unit that is no word of the
  // phrase, "age" of "a 22-year-old woman", counts no one)
  const last = s.toks[c.to - 1] as Tok;
  const personHead = ctx.lex.personNouns.has(last.lower) || ctx.lex.personNouns.has(last.lemma);
  const words = new Set(s.toks.slice(c.from, c.to - 1).map((t) => t.lower));
  let qs = ctx.quantities.filter(
    (q) =>
      q.span.start >= np.start &&
      q.span.start < np.end &&
      // "three others", "two suspects": a person noun the quantities stage kept as the unit
      (q.unit === null ||
        q.unit === "people" ||
        ctx.lex.personNouns.has(q.unit) ||
        (personHead && words.has(q.unit))) &&
      !isAge(ctx, q),
  );
  // "seven of the 29 defendants": the occurrence is the whole group's
  const [q0, q1] = qs;
  if (
    q0 &&
    q1 &&
    /^\s+of\s+(?:the|these|those|all)\s+$/iu.test(ctx.doc.text.slice(q0.span.end, q1.span.start))
  ) {
    qs = qs.slice(1);
  }
  if (qs.length) {
    const first = qs[0] as QuantityAnnotation;
    // "five civilians and three members of the security forces": conjoined counts add up
    let value = first.value;
    let end = first.span.end;
    for (const q of qs.slice(1)) {
      const between = ctx.doc.text.slice(end, q.span.start);
      if (
        value === null ||
        q.value === null ||
        !/\band\b/u.test(between) ||
        /\bof\b/u.test(between.split("and")[1] ?? "")
      )
        break;
      value += q.value;
      end = q.span.end;
    }
    // "six militants and a female suicide bomber": a conjoined singular adds one
    const tail = ctx.doc.text.slice(end, np.end);
    if (value !== null) value += (tail.match(/\band (?:a|an|one) /gu) ?? []).length;
    const qualifier = (first.qualifier as Count["qualifier"]) ?? "exact";
    return {
      count: { value: qualifier === "several" ? null : value, qualifier },
      span: span(first.span.start, end),
    };
  }
  // a named person, a list of named persons, or one singular noun phrase counts its people
  const persons = ctx.entities.filter((e) => e.type === "person" && e.spans.some((sp) => inside(sp, np)));
  if (persons.length) {
    const n = persons.reduce((acc, e) => acc + e.spans.filter((sp) => inside(sp, np)).length, 0);
    const distinct = new Set(persons.map((e) => e.name)).size;
    return { count: { value: Math.min(n, distinct), qualifier: "exact" }, span: np, derived: true };
  }
  // the phrase's own head, before an apposition or a closing PP ("a man from the X district",
  // "the suspect, a 24-year-old")
  const all = s.toks.slice(c.from, c.to);
  const cut = all.findIndex((t, i) => i > 0 && (t.text === "," || t.text === "(" || t.pos === "ADP"));
  const toks = cut > 0 ? all.slice(0, cut) : all;
  const head = [...toks].reverse().find((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON");
  const first = toks[0] as Tok;
  const coordinated = toks.some((t) => t.pos === "CCONJ");
  if (head && !coordinated && (cut < 0 || (all[cut] as Tok).lower !== "of")) {
    if (head.pos === "PRON" && /^(?:he|him|she|her)$/u.test(head.lower))
      return { count: { value: 1, qualifier: "exact" }, span: np, derived: true };
    const singular = head.pos === "NOUN" && !/s$/u.test(head.lower);
    // "a man", "one activist", and "the suspect" when the noun names a person
    if (
      singular &&
      (/^(?:a|an|one)$/u.test(first.lower) ||
        (/^(?:the|this|that)$/u.test(first.lower) && ctx.lex.personNouns.has(head.lower)))
    ) {
      return { count: { value: 1, qualifier: "exact" }, span: np, derived: true };
    }
  }
  return null;
}

function injuredCount(ctx: Context, s: Sentence, lex: EventLexicon): { count: Count; span: Span } | null {
  for (const t of s.toks) {
    if (!lex.injuryWords.has(t.lemma) && !lex.injuryWords.has(t.lower)) continue;
    // the quantity nearest to the injury word, within a few words either side
    let best: QuantityAnnotation | null = null;
    let bestD = 40;
    for (const q of ctx.quantities) {
      // "wounded at least five others": a person noun the quantities stage kept as the unit
      const people = q.unit === null || q.unit === "people" || lex.personNouns.has(q.unit);
      if (q.span.start < s.span.start || q.span.end > s.span.end || !people) continue;
      const d = q.span.start > t.end ? q.span.start - t.end : t.start - q.span.end;
      if (d >= 0 && d < bestD) {
        best = q;
        bestD = d;
      }
    }
    if (best) {
      const qualifier = (best.qualifier as Count["qualifier"]) ?? "exact";
      return { count: { value: qualifier === "several" ? null : best.value, qualifier }, span: best.span };
    }
  }
  return null;
}

/**
 * Does the text before a date end with a bound ("before", "until", "as of", the figures' bounds)
 * or "since"? A count up to or since a date is a tally over a period.
 */
function boundedAt(before: string, lex: EventLexicon): boolean {
  const words = ` ${before
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/\s*(?:the\s*)?$/u, "")}`;
  return [...lex.figureBounds, "since"].some((b) => words.endsWith(` ${b}`));
}

/** How many characters a date in a relative clause before its trigger counts for. */
const RELATIVE_PENALTY = 200;

/** Another trigger of the sentence: where it starts, whether it is a noun, and its stage of a case. */
interface OtherTrigger {
  readonly start: number;
  readonly noun: boolean;
  readonly judicial: boolean;
}

/**
 * Does a date belong to another act of the sentence? It does when it premodifies that act's noun
 * ("for the November shooting", "Friday's attack"), or when that act is of the other stage of the
 * case and stands between the date and this act ("sentenced 29 men over attacks in June").
 */
function datesOther(
  text: string,
  t: TimeAnnotation,
  at: number,
  judicial: boolean,
  others: readonly OtherTrigger[],
): boolean {
  return others.some((o) => {
    if (o.judicial !== judicial && at < o.start && o.start < t.span.start) return true;
    if (!o.noun || o.start < t.span.end) return false;
    const between = text.slice(t.span.end, o.start);
    return (
      /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between) &&
      (/^['’]s/u.test(between) ||
        /\b(?:the|a|an|this|that|last|its|their|his|her)\s+$/iu.test(
          text.slice(Math.max(0, t.span.start - 16), t.span.start),
        ))
    );
  });
}

function dateFor(
  ctx: Context,
  s: Sentence,
  at: number,
  judicial = false,
  others: readonly OtherTrigger[] = [],
): Mention["date"] {
  let best: TimeAnnotation | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  const dateline = datelineEnd(ctx.doc.text, s);
  for (const t of ctx.times) {
    if (t.span.start < s.span.start || t.span.end > s.span.end) continue;
    if (datesOther(ctx.doc.text, t, at, judicial, others)) continue;
    if (t.type && t.type !== "DATE" && t.type !== "TIME") continue;
    // "recently", "days after", "the same day" date nothing on their own (the story's date may)
    if (t.vague) continue;
    // a dateline's date ("Tehran, May 19 (IANS):") dates the report, not the event
    if (t.span.start < dateline) continue;
    // a date in a relative clause closed by a comma before the trigger ("who arrived in 2015,
    // staged the attack on Friday") is that clause's; "On Friday, police arrested" is not one
    const between = ctx.doc.text.slice(Math.min(t.span.end, at), Math.max(t.span.start, at));
    const lead = ctx.doc.text.slice(s.span.start, t.span.start);
    const clause = lead.slice(lead.lastIndexOf(",") + 1);
    const relative =
      t.span.start < at && between.includes(",") && /\b(?:who|which|whom|whose)\b/iu.test(clause);
    // a relative clause after the trigger ("detained a man who had moved there in 2015") dates its own verb
    if (t.span.start > at && /\b(?:who|whom|whose)\b/iu.test(between)) continue;
    const d = Math.abs(t.span.start - at) + (relative ? RELATIVE_PENALTY : 0);
    if (d < bestD) {
      best = t;
      bestD = d;
    }
  }
  if (!best) return null;
  const value = best.value && /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/u.test(best.value) ? best.value : null;
  return { value, text: ctx.doc.text.slice(best.span.start, best.span.end), span: best.span };
}

function affiliationIn(
  ctx: Context,
  np: Span | null,
  s: Sentence,
  lex: EventLexicon,
): { name: string; span: Span } | null {
  const orgs = ctx.entities.filter((e) => e.type === "organization");
  if (np) {
    for (const e of orgs) {
      const sp = e.spans.find((x) => inside(x, np));
      if (sp) return { name: e.name, span: sp };
    }
  }
  const lower = ctx.doc.text.slice(s.span.start, s.span.end).toLowerCase();
  for (const cue of lex.affiliationCues) {
    const i = lower.indexOf(cue);
    if (i < 0) continue;
    const from = s.span.start + i + cue.length;
    // the group the cue's noun phrase names, before any clause break ("members of the banned
    // far-right group X")
    for (const e of orgs) {
      const sp = e.spans.find(
        (x) =>
          x.start >= from &&
          x.start - from < 80 &&
          x.end <= s.span.end &&
          !/[,;:()]/u.test(ctx.doc.text.slice(from, x.start)),
      );
      if (sp) return { name: e.name, span: sp };
    }
  }
  return null;
}

/** "killed in the raid", "died during the operation": a death in an act named before. */
function inTheAct(s: Sentence, t: Trigger, lex: EventLexicon): boolean {
  const [prep, det, noun] = [s.toks[t.to], s.toks[t.to + 1], s.toks[t.to + 2]];
  return (
    /^(?:in|during)$/u.test(prep?.lower ?? "") &&
    /^(?:the|that|this)$/u.test(det?.lower ?? "") &&
    !!noun &&
    // (an operation, an attack or a clash: the acts that kill)
    nounTypes(noun, lex).some((x) => x === "raid" || x === "attack" || x === "clash")
  );
}

/** The event types a token names as a trigger noun ("raid" → raid), by lemma or form. */
function nounTypes(t: Tok, lex: EventLexicon): readonly EventType[] {
  return lex.nouns.get(t.lemma) ?? lex.nouns.get(t.lower) ?? [];
}

/**
 * A trigger noun with its determiner and modifiers and a place or target after it ("a protest in
 * the city", "the November shooting"): the words that state the act when no argument does.
 */
function nounPhrase(s: Sentence, t: Trigger): Span | null {
  if (t.kind !== "noun") return null;
  const toks = s.toks;
  let from = t.from;
  while (from > 0 && /^(?:DET|ADJ|NUM|PROPN|NOUN)$/u.test((toks[from - 1] as Tok).pos)) from--;
  let to = t.to;
  if (/^(?:in|at|near|against)$/u.test(toks[to]?.lower ?? "")) {
    const pp = npAfter(toks, to + 1);
    if (pp && pp.to - pp.from <= 4) to = pp.to;
  }
  return span((toks[from] as Tok).start, (toks[to - 1] as Tok).end);
}

/** Types whose bare plural nouns ("arrests", "searches") are generic. */
const BARE_PLURAL_GENERIC = new Set<EventType>(["arrest", "raid", "charge", "sentence", "release"]);

/** A plural noun with no determiner, number or possessive before it ("arrests", "mass searches"). */
function bareNoun(s: Sentence, t: Trigger): boolean {
  const head = s.toks[t.head] as Tok;
  if (!/s$/u.test(head.lower) || head.lower === head.lemma) return false;
  for (let k = t.from - 1; k >= 0; k--) {
    const w = s.toks[k] as Tok;
    if (w.pos === "ADJ" || w.pos === "NOUN" || w.text === "-") continue;
    return !(w.pos === "DET" || w.pos === "NUM" || w.pos === "PRON" || w.lower === "'s");
  }
  return true;
}

/** Types whose patient is people: "released few details" is no release. */
const PEOPLE_PATIENT = new Set<EventType>([
  "arrest",
  "release",
  "sentence",
  "charge",
  "killing",
  "abuse",
  "escape",
]);

/** Does a patient phrase name people (a person, a people noun, a count of people, a pronoun)? */
function isPeople(ctx: Context, s: Sentence, c: Chunk): boolean {
  const np = chunkSpan(s, c);
  if (ctx.entities.some((e) => e.type === "person" && e.spans.some((sp) => inside(sp, np)))) return true;
  if (ctx.quantities.some((q) => inside(q.span, np) && q.unit === "people")) return true;
  for (let k = c.from; k < c.to; k++) {
    const t = s.toks[k] as Tok;
    if (
      ctx.lex.personNouns.has(t.lower) ||
      ctx.lex.personNouns.has(t.lemma) ||
      ctx.lex.armedGroups.has(t.lower)
    )
      return true;
    if (
      t.pos === "PROPN" &&
      !ctx.entities.some(
        (e) => e.type !== "person" && e.spans.some((sp) => sp.start <= t.start && t.end <= sp.end),
      )
    )
      return true;
  }
  return false;
}

/** Is a phrase's last word an act ("protests", "fighting"), which a capital may make look like a name? */
function namesAct(s: Sentence, c: Chunk, lex: EventLexicon): boolean {
  const last = (s.toks[c.to - 1] as Tok).lower;
  return lex.nouns.has(last) || lex.nouns.has(last.replace(/s$/u, ""));
}

/** Does a noun phrase name someone who can act: people, a group, a body, a state actor, a pronoun? */
function isActor(ctx: Context, s: Sentence, c: Chunk): boolean {
  if (isPeople(ctx, s, c)) return true;
  const np = chunkSpan(s, c);
  if (ctx.entities.some((e) => e.type !== "location" && e.spans.some((sp) => inside(sp, np)))) return true;
  const words = tokText(ctx, s, c);
  if (isState(words, ctx.lex) || isArmed(words, ctx.lex)) return true;
  return c.to - c.from === 1 && s.toks[c.from]?.pos === "PRON";
}

/** Words of a sentence that make its counts a statistic ("so far", "in total"): a figure, not an event. */
function statisticCue(ctx: Context, s: Sentence): string | null {
  const lower = ctx.doc.text.slice(s.span.start, s.span.end).toLowerCase();
  return ctx.lex.statistic.exec(lower)?.[0] ?? null;
}

// "the group", "members of the outfit" refer back to a named organisation; "a group of 25" does not
const GROUP_NOUNS =
  /\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:group|organi[sz]ation|outfit|movement|cell|network|party)\b/iu;

/** "the group": the organisation the last sentence that named one was about, before `at`. */
function groupBefore(ctx: Context, at: number): string | null {
  let lo = 0;
  let hi = ctx.organisations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.organisations[mid] as { end: number }).end <= at) lo = mid + 1;
    else hi = mid;
  }
  // the sentence that named an organisation last is about its first one, its subject
  // ("X emerged in Egypt and has links with Y. The group was banned …" is X)
  let k = lo - 1;
  while (k > 0) {
    const prev = ctx.organisations[k - 1] as { end: number };
    const cur = ctx.organisations[k] as { end: number };
    if (/[.!?]["”’)]?\s/u.test(ctx.doc.text.slice(prev.end, cur.end))) break;
    k--;
  }
  return ctx.organisations[k]?.name ?? null;
}

function chargesIn(ctx: Context, s: Sentence, from: number, lex: EventLexicon): string[] {
  const text = ctx.doc.text.slice(from, s.span.end);
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const cue of lex.chargeCues) {
    const i = lower.indexOf(cue);
    if (i < 0) continue;
    const rest = text.slice(i + cue.length).replace(/^\s+/u, "");
    const m = /^[^,;.]+/u.exec(rest);
    if (m && m[0].trim().length > 2) out.push(m[0].trim().replace(/^["“]|["”]$/gu, ""));
    break;
  }
  return out;
}

/**
 * "X became the first group to be banned", "X was the latest reporter to be jailed": a passive
 * infinitive after a predicate noun is said of the copula's subject, X. Null otherwise.
 */
function predicateSubject(toks: readonly Tok[], k: number): Chunk | null {
  const e = subjectEnd(toks, k);
  if (toks[e]?.lower !== "to") return null;
  const predicate = npBefore(toks, e);
  const copula = predicate ? toks[predicate.from - 1] : undefined;
  if (!predicate || !copula || !/^(?:be|become|remain)$/u.test(copula.lemma) || /ing$/u.test(copula.lower))
    return null;
  return npBefore(toks, subjectEnd(toks, predicate.from - 1));
}

/**
 * The noun phrase before a possessive "'s" (or a plural's "'") that opens the noun phrase of the
 * trigger at `from` ("the opposition leader's arrest", "the rebels' recent attack"), or null.
 * Only a plain noun phrase: no preposition inside it.
 */
function possessor(toks: readonly Tok[], from: number): Chunk | null {
  let o = from - 1;
  while (o > 0 && (toks[o] as Tok).pos === "ADJ") o--;
  const mark = toks[o];
  if (!mark || o === 0 || !/^(?:'s|’s|'|’)$/u.test(mark.text)) return null;
  const c = npBefore(toks, o);
  if (!c || c.to !== o) return null;
  for (let k = c.from; k < c.to; k++)
    if ((toks[k] as Tok).pos === "ADP" || (toks[k] as Tok).text === ",") return null;
  return c;
}

/** "in the custody of X" within [from, to): X, or null. */
function custodian(toks: readonly Tok[], from: number, to: number): Chunk | null {
  for (let k = from; k + 2 < to; k++) {
    if ((toks[k] as Tok).lower === "custody" && toks[k + 1]?.lower === "of") return npAfter(toks, k + 2, to);
    if ((toks[k] as Tok).text === ";") break;
  }
  return null;
}

/**
 * "died in an army operation", "detained during a police raid": the state actor that
 * names the operation the act happened in, within [from, to), or null.
 */
function operationActor(toks: readonly Tok[], from: number, to: number, lex: EventLexicon): Chunk | null {
  const at = toks.findIndex((t, k) => k >= from && k < to && /^(?:in|during)$/u.test(t.lower));
  if (at < 0 || toks[at + 1]?.pos !== "DET") return null;
  const operation = (k: number) => nounTypes(toks[k] as Tok, lex).includes("raid");
  let k = at + 2;
  while (k < to && /^(?:ADJ|NOUN|PROPN)$/u.test((toks[k] as Tok).pos) && !operation(k)) k++;
  if (k >= to || !operation(k) || k === at + 2) return null;
  const words = toks
    .slice(at + 2, k)
    .map((t) => t.lower)
    .join(" ");
  return isState(words, lex) ? { from: at + 2, to: k } : null;
}

/** The agent and patient of a trigger by its voice and kind. */
function argumentsOf(
  s: Sentence,
  t: Trigger,
  type: EventType,
  lex: EventLexicon,
): {
  agent: Chunk | null;
  patient: Chunk | null;
  rule: string;
  passive?: boolean;
  /** The subject beyond a relative clause, for the side the verb's subject fills when the nearest phrase is not it. */
  farSubject?: Chunk | null;
} {
  const toks = s.toks;
  const clauseEnd = (() => {
    for (let k = t.to; k < toks.length; k++) if ((toks[k] as Tok).text === ";") return k;
    return toks.length;
  })();
  if (t.kind === "noun") {
    // "the arrest of X"; "a ban on X", "a crackdown against X"
    const next = toks[t.to]?.lower;
    const patient =
      next === "of" ||
      (type === "ban" && next === "on") ||
      (type !== "attack" && next === "against") ||
      // "five arrests among the marchers"
      (PEOPLE_PATIENT.has(type) && next === "among")
        ? npAfter(toks, t.to + 1, clauseEnd)
        : null;
    let agent = npAfterWord(toks, "by", t.to, Math.min(clauseEnd, t.to + 4));
    if (!agent && type === "clash") agent = npAfterWord(toks, "with", t.to, Math.min(clauseEnd, t.to + 3));
    if (!agent) {
      // "X carried out attacks", "forces conducted searches", "X announced the arrest of"
      let k = t.from - 1;
      while (
        k >= 0 &&
        /^(?:DET|ADJ|NUM|NOUN|PUNCT)$/u.test((toks[k] as Tok).pos) &&
        (toks[k] as Tok).text !== ","
      )
        k--;
      // a particle and "in" between the verb and its noun: "brought out processions", "went out in protests"
      if (toks[k]?.lower === "in" && toks[k - 1]?.lower === "out") k--;
      if (/^(?:out|up)$/u.test(toks[k]?.lower ?? "") && toks[k - 1]?.pos === "VERB") k--;
      if (
        k >= 0 &&
        (toks[k] as Tok).pos === "VERB" &&
        t.from - k <= 5 &&
        lex.agentVerbs.has((toks[k] as Tok).lemma)
      )
        agent = npBefore(toks, subjectEnd(toks, k));
    }
    return {
      agent,
      patient,
      rule: "noun: patient after 'of', agent after 'by'/'with' or subject of its verb",
    };
  }
  const head = t.kind === "phrase" ? t.from : t.head;
  const first = toks[t.from] as Tok;
  const last = toks[t.to - 1] as Tok;
  if (t.kind === "phrase" && /^(?:receive|face|give)$/u.test(first.lemma)) {
    // "the other 22 received prison terms", "a second suspect faces charges": the subject is the patient
    const patient = npBefore(toks, subjectEnd(toks, t.from));
    return { agent: null, patient, rule: "phrase: its subject receives the event" };
  }
  if (t.kind === "phrase" && /^(?:charge|charges|indictment)$/u.test(last.lower)) {
    // "prosecutors filed terrorism charges against an 18-year-old man"
    const patient = npAfterWord(toks, "against", t.to, clauseEnd);
    const agent = npBefore(toks, subjectEnd(toks, t.from));
    return { agent, patient, rule: "phrase: charges against its patient" };
  }
  if (
    t.kind === "phrase" &&
    t.to - t.from > 2 &&
    toks[t.from + 1]?.pos !== "ADP" &&
    !isPassive(toks, t.from)
  ) {
    // "took nearly 150 people into custody": the patient is inside the phrase
    const patient = npAfter(toks, t.from + 1, t.to);
    const agent = npBefore(toks, subjectEnd(toks, t.from));
    return { agent, patient, rule: "phrase: patient inside the phrase, agent its subject" };
  }
  const gapped =
    t.kind === "phrase" &&
    first.pos === "ADV" &&
    /ed$/u.test((toks[t.head] as Tok).lower) &&
    !isPassive(toks, t.from);
  if (isPassive(toks, t.head) || (t.kind === "phrase" && isPassive(toks, t.from)) || gapped) {
    // "six men who had been arrested": the subject of a relative clause is the phrase before "who"
    const patient = predicateSubject(toks, head) ?? subjectOf(toks, head);
    let agent = npAfterWord(toks, "by", t.to, clauseEnd, true);
    // "were attacked with …" may name the attackers; "charged with", "arrested with" name a charge or a thing
    if (!agent && !lex.withNamesNoAgent.has(type)) agent = npAfterWord(toks, "with", t.to, clauseEnd, true);
    // "died while held in the custody of the guards": who holds the victim answers for the death
    if (!agent && (type === "killing" || type === "abuse")) agent = custodian(toks, t.to, clauseEnd);
    if (!agent) agent = operationActor(toks, t.to, clauseEnd, lex);
    return {
      agent,
      patient,
      rule: "passive: patient its subject, agent after 'by'",
      passive: true,
      farSubject: relativeSubject(toks, t.kind === "phrase" && isPassive(toks, t.from) ? t.from : head),
    };
  }
  const partner = t.kind === "verb" ? coordinatedVerb(toks, head) : -1;
  if (partner >= 0 && isPassive(toks, partner) && !/ing$/u.test(first.lower)) {
    // "was stopped by police and arrested": the participle shares the passive verb's subject and agent
    const patient = subjectOf(toks, partner);
    const agent =
      npAfterWord(toks, "by", t.to, clauseEnd, true) ?? npAfterWord(toks, "by", partner + 1, head, true);
    return {
      agent,
      patient,
      rule: "passive by coordination: the subject and 'by' of the verb before 'and'",
      passive: true,
      farSubject: relativeSubject(toks, partner),
    };
  }
  let agent = subjectOf(toks, head);
  const host = agent ? -1 : adjunctHost(toks, head);
  if (host >= 0 && !isPassive(toks, host)) agent = subjectOf(toks, host);
  const patient = npAfter(toks, t.to, clauseEnd);
  return {
    agent,
    patient,
    farSubject: host >= 0 ? null : relativeSubject(toks, t.kind === "phrase" ? t.from : head),
    rule:
      host >= 0
        ? "participle: agent the subject of the clause it hangs on, patient its object"
        : "active: agent its subject, patient its object",
  };
}

/** The date the story was at, and the type of the event that gave it. */
export interface PreviousDate {
  readonly date: NonNullable<Mention["date"]>;
  readonly type: EventType;
  /** Carried over a paragraph break: it dates acts of the operations only. */
  readonly operationsOnly?: boolean;
}

/** The places the story was at, and the type of the event that named them. */
export interface PreviousPlaces {
  readonly places: readonly PlaceAnnotation[];
  readonly type: EventType;
  /** Carried over a paragraph break: they locate acts of the operations only. */
  readonly operationsOnly?: boolean;
}

/**
 * The stages of a case after the act (charge, trial, release, ban): an event of the story's
 * operations (raids, arrests, attacks) does not take their date, nor they its.
 */
export const JUDICIAL: ReadonlySet<EventType> = new Set(["charge", "sentence", "release", "ban"]);

/** The event mentions of one sentence. */
export function sentenceMentions(
  ctx: Context,
  s: Sentence,
  previous: PreviousDate | null,
  previousPlaces: PreviousPlaces | null = null,
): Mention[] {
  const { lex } = ctx;
  const triggers = findTriggers(s.toks, lex);
  const triggerHeads = new Set(triggers.map((t) => t.head));
  // "an organisation banned in Russia": a statement in the background, whose place is not the event's
  const background = new Set(
    triggers.filter((t) => t.kind === "verb" && blocked(s, t, lex)).map((t) => t.to - 1),
  );

  const clashInSentence = triggers.some((t) => t.types.includes("clash"));
  const attackNoun = triggers.some((t) => t.types.includes("attack") && t.kind !== "verb");
  const out: Mention[] = [];
  for (const t of triggers) {
    if (blocked(s, t, lex)) continue;
    const headTok = s.toks[t.head] as Tok;
    let type = t.types[0] as EventType;
    const rules = [t.rule];
    const found = argumentsOf(s, t, type, lex);
    let agent = argument(s.toks, found.agent);
    // a protest has its marchers, a mobilisation those who join, as agent, and neither a patient
    let patient = type === "protest" || type === "mobilize" ? null : argument(s.toks, found.patient);
    rules.push(found.rule);
    // "police on Monday arrested five": a time between the subject and its verb is no subject
    const timeSubject = (c: Chunk | null): Chunk | null => {
      if (!c || c.to > t.from) return c;
      const sp = chunkSpan(s, c);
      // "five activists last week were detained": the time closing the phrase is not part of it
      const tail = ctx.times.find(
        (x) => x.span.start > sp.start && x.span.start < sp.end && sp.end <= x.span.end,
      );
      if (tail) {
        let to = c.to;
        while (to > c.from && (s.toks[to - 1] as Tok).start >= tail.span.start) to--;
        return to > c.from ? argument(s.toks, { from: c.from, to }) : c;
      }
      if (!ctx.times.some((x) => x.span.start <= sp.start && sp.end <= x.span.end)) return c;
      const at = s.toks[c.from - 1]?.pos === "ADP" ? c.from - 1 : c.from;
      return argument(s.toks, npBefore(s.toks, at));
    };
    if (found.passive) patient = timeSubject(patient);
    else agent = timeSubject(agent);
    // "three men who were jailed for the riots were hanged": when the phrase nearest the verb is
    // no one, its subject is the head of the relative clause before it
    // (a phrase right after a preposition or a verb is that word's object: "accused of funding rebels")
    const far = found.farSubject ? argument(s.toks, found.farSubject) : null;
    const headOf = (c: Chunk): Chunk => ({ from: c.from, to: c.head ?? c.to });
    const object = (c: Chunk | null) => /^(?:ADP|VERB)$/u.test(s.toks[(c?.from ?? 0) - 1]?.pos ?? "");
    if (
      far &&
      found.passive &&
      PEOPLE_PATIENT.has(type) &&
      !(patient && isPeople(ctx, s, patient) && !object(patient))
    ) {
      if (isPeople(ctx, s, headOf(far))) {
        patient = far;
        rules.push("patient: the head of the relative clause before the verb");
      }
    } else if (
      far &&
      !found.passive &&
      !(agent && isActor(ctx, s, agent) && !object(agent)) &&
      isActor(ctx, s, headOf(far))
    ) {
      agent = far;
      rules.push("agent: the head of the relative clause before the verb");
    }
    // "the activist's arrest", "the rebels' attack": a possessive before the act names who it befell
    // (the people of an arrest, a sentence, a killing) or who carried it out (attack, raid, protest)
    const owner = t.kind === "noun" ? possessor(s.toks, t.from) : null;
    if (
      owner &&
      !ctx.times.some((x) => x.span.start < chunkSpan(s, owner).end && chunkSpan(s, owner).start < x.span.end)
    ) {
      if (!patient && PEOPLE_PATIENT.has(type) && type !== "escape" && isPeople(ctx, s, owner)) {
        patient = owner;
        rules.push("patient: the possessive before the act");
      } else if (!agent && /^(?:attack|raid|protest|clash)$/u.test(type) && isActor(ctx, s, owner)) {
        agent = owner;
        rules.push("agent: the possessive before the act");
      }
    }
    // "a jury took nine hours to find them guilty": the infinitive's agent is its governor's subject
    const controller =
      found.passive || t.kind === "noun" || s.toks[t.from]?.pos !== "VERB"
        ? null
        : argument(s.toks, controllerSubject(s.toks, t.from));
    if (controller && !(agent && isActor(ctx, s, agent)) && isActor(ctx, s, controller)) {
      agent = controller;
      rules.push("agent: the subject of the verb the infinitive hangs on");
    }
    // "the arrests", "searches": a bare plural noun names a kind of act, not one occurrence,
    // unless someone carries the acts out ("forces conducted mass searches")
    if (t.kind === "noun" && BARE_PLURAL_GENERIC.has(type) && bareNoun(s, t) && !agent) continue;
    // "a detention centre", "an arrest warrant": a noun that modifies another names a thing, not an act
    const next = s.toks[t.to];
    if (
      t.kind === "noun" &&
      next?.pos === "NOUN" &&
      !ctx.times.some((x) => x.span.start <= next.start && next.end <= x.span.end)
    )
      continue;
    // "protests broke out", "fighting broke out": only people escape
    if (type === "escape" && agent && (!isPeople(ctx, s, agent) || namesAct(s, agent, lex))) continue;
    // a higher court upholds a verdict ("upheld their sentences"), not people
    const appeal = lex.appealVerbs.has(headTok.lemma);
    if (PEOPLE_PATIENT.has(type) && patient && !appeal && !isPeople(ctx, s, patient)) {
      // "released few details" is no release; a passive subject behind a relative clause is
      // only a phrase the chunker could not reach, so the patient is dropped, not the event
      if (!found.passive) continue;
      patient = null;
    }
    if (
      type === "release" &&
      t.kind === "noun" &&
      !patient &&
      !/^(?:his|her|their)$/u.test(s.toks[t.from - 1]?.lower ?? "")
    )
      continue;
    if ((type === "escape" || type === "mobilize") && agent && !patient && !isPeople(ctx, s, agent)) continue;
    // an agent is someone who acts: "the premises", "a term of three years" are phrases the
    // chunker reached, not actors
    if (agent && !isActor(ctx, s, agent)) {
      agent = null;
      rules.push("agent dropped: it names no person, group or body");
    }
    let agentText = tokText(ctx, s, agent);
    const patientText = tokText(ctx, s, patient);
    // the agent is the state when it names a state body (the knowledge base's government bodies)
    // or a state-actor noun ("police", "security forces")
    const stateAgent =
      isState(agentText, lex) ||
      (!!agent &&
        ctx.entities.some(
          (e) => e.type === "government_body" && e.spans.some((sp) => inside(sp, chunkSpan(s, agent))),
        ));
    if (type === "killing" && (t.kind !== "noun" || headTok.lemma === "killing")) {
      // a patient named with an organisation ("Al-Qaeda affiliate chief X") is an armed side
      const orgPatient =
        !!patient &&
        ctx.entities.some(
          (e) =>
            e.type === "organization" && e.spans.some((sp) => inside(sp, chunkSpan(s, patient as Chunk))),
        );
      const [k, why] = killType(
        t,
        s,
        agentText,
        orgPatient ? `${patientText} militant` : patientText,
        lex,
        clashInSentence,
        stateAgent,
      );
      // "attacks that killed five civilians": the deaths of an attack named in the sentence
      type = attackNoun && k === "clash" && !clashInSentence && !stateAgent ? "attack" : k;
      rules.push(`killing verb → ${type} (${why})`);
    }
    // attribution: the innermost speaker, else the author; pronoun subjects of reported clauses
    // ("the KNB said it had detained") are the speaker
    const attr = sourceOf(ctx.attribution, span(headTok.start, headTok.end))?.annotation ?? null;
    let source = attr?.source ?? "author";
    let factuality: Factuality = attr ? "reported" : "asserted";
    if (
      agent &&
      s.toks[agent.from]?.pos === "PRON" &&
      agent.to - agent.from === 1 &&
      attr &&
      /^(?:it|they)$/iu.test(agentText ?? "")
    ) {
      agentText = attr.source;
      rules.push("pronoun agent → the speaker");
    }
    const before = ctx.doc.text
      .slice(Math.max(s.span.start, headTok.start - 40), headTok.start)
      .toLowerCase();
    const claimed = /\bclaim(?:s|ed)? to have\b/u.exec(before);
    if (claimed) {
      factuality = "reported";
      if (agentText) source = agentText;
      rules.push("'claimed to have' → reported by its subject");
    } else if (
      lex.alleged.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\W+(?:\\w+\\W+)?$`, "u").test(before))
    ) {
      factuality = "alleged";
      rules.push("allegation cue before the trigger");
    } else if (!attr && lex.reportedAdverbs.some((w) => before.includes(w))) {
      factuality = "reported";
      rules.push("hedge: reportedly");
    }
    const triggerSpan = span((s.toks[t.from] as Tok).start, (s.toks[t.to - 1] as Tok).end);
    const spans: Record<string, Span> = { trigger: triggerSpan };
    if (agent) spans.agent = chunkSpan(s, agent);
    if (patient) spans.patient = chunkSpan(s, patient);
    const counts: Partial<Record<CountRole, Count>> = {};
    const role = lex.countRoles[type] as CountRole | undefined;
    const c =
      role && role !== "participants" && !(type === "attack" && !lex.deathWords.has(headTok.lemma))
        ? countIn(ctx, s, patient)
        : null;
    if (role && c) {
      counts[role] = c.count;
      spans[`counts.${role}`] = c.span;
    } else if (role && role !== "participants" && t.kind === "noun" && headTok.lower !== headTok.lemma) {
      // "reported five arrests", "12 detentions": the acts counted are the people's
      const q = ctx.quantities.find(
        (x) => x.span.end <= headTok.start && /^\s*$/u.test(ctx.doc.text.slice(x.span.end, headTok.start)),
      );
      if (q && q.value !== null && q.span.start >= s.span.start) {
        counts[role] = { value: q.value, qualifier: (q.qualifier as Count["qualifier"]) ?? "exact" };
        spans[`counts.${role}`] = q.span;
      }
    }
    if (role === "participants") {
      const p = countIn(ctx, s, agent);
      if (p && p.count.qualifier !== "exact") {
        counts.participants = p.count;
        spans["counts.participants"] = p.span;
      }
    }
    if (type === "attack" || type === "clash" || type === "killing") {
      const inj = injuredCount(ctx, s, lex);
      if (inj && !(c && inj.span.start === c.span.start)) {
        counts.injured = inj.count;
        spans["counts.injured"] = inj.span;
      }
    }
    // a total of people with no date ("more than 300 have joined", "so far detained 44", "the 22
    // said to have been killed, according to an estimate") is a figure, not an event
    const args = [agent, patient].filter((c): c is Chunk => !!c).map((c) => chunkSpan(s, c));
    const total = ctx.quantities.some(
      (q) =>
        args.some((a) => q.span.start < a.end && a.start < q.span.end) &&
        (TOTAL_QUALIFIERS as readonly string[]).includes(q.qualifier),
    );
    const numbered = ctx.quantities.some(
      (q) => inside(q.span, s.span) && q.value !== null && q.unit !== "years",
    );
    // a count up to or since a date ("32 people were sentenced … before February 2019") is a tally
    // (a state in the background, "the banned group", dates nothing)
    const others = triggers
      .filter((x) => x !== t && !background.has(x.to - 1))
      .map((x) => ({
        start: (s.toks[x.from] as Tok).start,
        noun: x.kind === "noun",
        judicial: JUDICIAL.has(x.types[0] as EventType),
      }));
    const own = dateFor(ctx, s, headTok.start, JUDICIAL.has(type), others);
    const counted = ctx.quantities.some(
      (q) => q.value !== null && args.some((a) => q.span.start < a.end && a.start < q.span.end),
    );
    const tally =
      counted &&
      !!own?.span &&
      // up to a month or a year; "by Monday evening" is when one operation ended
      /^(?:\d{4}|XXXX)(?:-\d{2})?$/u.test(own.value ?? "") &&
      boundedAt(ctx.doc.text.slice(Math.max(s.span.start, own.span.start - 24), own.span.start), lex);
    // (people joining an armed group are counted in totals even when the report is dated)
    if ((total && (type === "mobilize" || !own)) || (numbered && statisticCue(ctx, s)) || tally) continue;
    const inherited =
      previous &&
      JUDICIAL.has(type) === JUDICIAL.has(previous.type) &&
      // across a paragraph break, an act of the operations stated by its verb
      !(previous.operationsOnly && (JUDICIAL.has(type) || t.kind === "noun"))
        ? { ...previous.date, span: null }
        : null;
    const date = own ?? inherited;
    if (date?.span) spans.date = date.span;
    const places = placesIn(ctx, s, t.head, { triggerHeads, background });
    // a bare "killed" or "attacks" with no one named on either side and no number: nothing an
    // event record could hold (the occurrence, when real, is stated elsewhere with its arguments)
    if (
      (type === "attack" || type === "killing") &&
      !agent &&
      !patient &&
      !Object.keys(counts).length &&
      !(t.kind === "noun" && (places.length || own))
    ) {
      continue;
    }
    // "terrorist attacks", "protests" with nothing that pins them down: a kind of act, not an occurrence
    if (t.kind === "noun" && bareNoun(s, t) && !places.length && !Object.keys(counts).length && !own) {
      continue;
    }
    // a sentence that names no place for its act ("Police later killed 18 of them") goes on with
    // the act told before it, as its date does: within the paragraph, or from the sentence just
    // before across a paragraph break for an act of the operations stated by its verb
    // "in other cities", "other towns": somewhere else than the places told before
    // (only in the trigger's own place phrase: "protests in other cities", not "… as protests
    // spread to other cities" after another act)
    const elsewhere =
      s.toks[t.to]?.pos === "ADP" &&
      s.toks
        .slice(t.to + 1, t.to + 4)
        .some((w, i) => w.lower === "other" && lex.settlementNouns.has(s.toks[t.to + 2 + i]?.lemma ?? ""));
    const carried =
      !places.length &&
      !elsewhere &&
      previousPlaces &&
      // (an act told in a clause about a person, "who had been arrested", is that person's past)
      !personalClause(s, t.head) &&
      JUDICIAL.has(type) === JUDICIAL.has(previousPlaces.type) &&
      // (across a paragraph break, an act with a date of its own is told as a new step)
      !(previousPlaces.operationsOnly && (JUDICIAL.has(type) || t.kind === "noun" || own))
        ? previousPlaces.places
        : null;
    if (carried) rules.push("places of the act told before");
    const npForAff = type === "attack" ? agent : patient;
    const aff =
      affiliationIn(ctx, npForAff ? chunkSpan(s, npForAff) : null, s, lex) ??
      // "the group", or a ban of "it": the organisation named last
      (GROUP_NOUNS.test(tokText(ctx, s, npForAff) ?? "") ||
      (type === "ban" && /^(?:it|them)$/iu.test(patientText ?? ""))
        ? { name: groupBefore(ctx, headTok.start), span: null }
        : null);
    const persons = patient
      ? ctx.entities
          .filter(
            (e) => e.type === "person" && e.spans.some((sp) => inside(sp, chunkSpan(s, patient as Chunk))),
          )
          .map((e) => e.name)
      : [];
    const parts = [triggerSpan, spans.agent, spans.patient, nounPhrase(s, t)].filter((x): x is Span => !!x);
    const evidence = span(Math.min(...parts.map((p) => p.start)), Math.max(...parts.map((p) => p.end)));
    out.push({
      type,
      sentence: s,
      trigger: t,
      triggerText: ctx.doc.text.slice(triggerSpan.start, triggerSpan.end),
      evidence,
      agent: agentText,
      patient: patientText,
      agentChunk: agent,
      patientChunk: patient,
      counts,
      charges: ["arrest", "charge", "sentence"].includes(type) ? chargesIn(ctx, s, headTok.start, lex) : [],
      places: carried ?? places,
      ...(carried ? { placesCarried: true } : {}),
      date,
      source,
      factuality,
      affiliation: aff?.name ?? null,
      persons,
      derivedCount: !!c?.derived,
      appeal,
      anaphoric:
        (t.kind === "noun" &&
          !agent &&
          !patient &&
          /^(?:killing|execution|murder)s?$/u.test(headTok.lower)) ||
        (t.kind === "verb" && lex.deathWords.has(headTok.lemma) && !agent && inTheAct(s, t, lex)),
      ...(t.refersBack ? { refersBack: true } : {}),
      ...(elsewhere ? { elsewhere } : {}),
      rules,
      spans,
    });
  }
  // a sentence about a trial names the acts it judged as causes ("convicted over an attack"),
  // which happened before whatever date the story was at
  const judicial = out.some((m) => JUDICIAL.has(m.type));
  return foldSentence(
    judicial
      ? out.map((m) => (!JUDICIAL.has(m.type) && m.date && !m.date.span ? { ...m, date: null } : m))
      : out,
  );
}

/**
 * Mentions of one sentence that state one occurrence: the same type twice is one event, and the
 * deaths of an attack or clash ("attacks that killed five civilians") are that event's counts.
 */
function foldSentence(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    // "four were killed on May 18 while on May 16 forces killed five": each its own date, two events
    const same = out.find(
      (o) => o.type === m.type && !(o.date?.span && m.date?.span && o.date.value !== m.date.value),
    );
    if (same) {
      out[out.indexOf(same)] = absorb(same, m);
      continue;
    }
    out.push(m);
  }
  return out;
}

/** `a` with the fields `b` adds (counts it lacks, agent, patient, date, places). */
export function absorb(a: Mention, b: Mention): Mention {
  const counts = { ...b.counts, ...a.counts };
  return {
    ...a,
    evidence: span(Math.min(a.evidence.start, b.evidence.start), Math.max(a.evidence.end, b.evidence.end)),
    agent: a.agent ?? b.agent,
    patient: a.patient ?? b.patient,
    counts,
    charges: a.charges.length ? a.charges : b.charges,
    date: a.date?.value || a.date?.span ? a.date : (b.date ?? a.date),
    // places a mention names itself win over places carried from the act before
    ...(!!a.placesCarried !== !!b.placesCarried
      ? { places: (a.placesCarried ? b : a).places, placesCarried: false }
      : { places: specificPlaces([...a.places, ...b.places]), placesCarried: !!a.placesCarried }),
    affiliation: a.affiliation ?? b.affiliation,
    persons: [...new Set([...a.persons, ...b.persons])],
    // (a sentence that tells a higher court's ruling tells that step: "upheld their sentences")
    appeal: a.appeal || b.appeal,
    // "the operation" folded with an act of its own sentence is that act, no mere reference back
    refersBack: !!a.refersBack && !!b.refersBack,
    elsewhere: !!a.elsewhere || !!b.elsewhere,
    rules: [...a.rules, ...b.rules.map((r) => `+ ${r}`)],
    spans: { ...b.spans, ...a.spans },
  };
}

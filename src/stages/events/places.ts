// The places of an event mention: the places its sentence names for it, without datelines,
// people's origins, speakers' places and other clauses' places, and the most specific of them.
import type { PlaceAnnotation } from "../../model/document.js";
import type { Span } from "../../model/span.js";
import type { Context } from "./mentions.js";
import type { Sentence, Tok } from "./tokens.js";

/**
 * The places a sentence names for the mention whose trigger head is token `head`: not the dateline,
 * a person's origin or name, the speaker's place, a place of a relative clause about someone else,
 * a region that only locates the place after it ("south Kashmir's Anantnag district") or a landmark
 * after "near"; with none of those, the town that "the city" refers back to.
 */
export function placesIn(
  ctx: Context,
  s: Sentence,
  head: number,
  triggers: SentenceTriggers,
): PlaceAnnotation[] {
  const from = datelineEnd(ctx.doc.text, s);
  const speakers = ctx.attribution.flatMap((a) => (a.speaker ? [a.speaker] : []));
  const inS = ctx.places.filter(
    (p) =>
      p.span.start >= from &&
      p.span.end <= s.span.end &&
      // a place the gazetteer could not put in a country ("Europe" in "Radio Free Europe")
      !!p.country &&
      !origin(ctx, s, p) &&
      // "Merkel" is a town in Texas, but here the person
      !ctx.entities.some((e) => e.type === "person" && e.spans.some((sp) => overlaps(sp, p.span))) &&
      !speakersPlace(s, p, speakers) &&
      !inRelativeClause(s, tokenAt(s, p.span.start), head, triggers.triggerHeads) &&
      !afterBackground(s, tokenAt(s, p.span.start), triggers.background) &&
      !otherClause(ctx, s, tokenAt(s, p.span.start), head, triggers.triggerHeads),
  );
  // an act told in a clause about a person ("six men who had been arrested") has only that
  // clause's places, not those of the sentence it hangs on
  const clause = personalClause(s, head);
  const own = clause ? inS.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end) : inS;
  const kept = own.filter((p, i) => !locates(s, p, own[i + 1]) && !landmark(s, p, own[i - 1]));
  if (kept.length) return specificPlaces(kept);
  const town = townReferredTo(ctx, s);
  return town ? [town] : [];
}

/**
 * "Bavaria's interior minister said", "a spokesman of the Kabul police said": the place of the
 * speaker, not of the event.
 */
function speakersPlace(s: Sentence, p: PlaceAnnotation, speakers: readonly Span[]): boolean {
  if (!speakers.some((sp) => p.span.start >= sp.start && p.span.end <= sp.end)) return false;
  const at = tokenAt(s, p.span.start);
  const last = s.toks.findLastIndex((t) => t.end <= p.span.end);
  const before = s.toks[at - 1]?.lower === "the" ? s.toks[at - 2] : s.toks[at - 1];
  return s.toks[last + 1]?.lower === "'s" || before?.lower === "of";
}

/** The sentence's trigger heads, and the last tokens of its triggers that state no occurrence. */
export interface SentenceTriggers {
  readonly triggerHeads: ReadonlySet<number>;
  readonly background: ReadonlySet<number>;
}

/** "an organisation banned in Russia": the place of a background statement, not of the event. */
function afterBackground(s: Sentence, at: number, background: ReadonlySet<number>): boolean {
  const k = s.toks[at - 1]?.lower === "the" ? at - 2 : at - 1;
  return s.toks[k]?.lower === "in" && background.has(k - 1);
}

/**
 * "Four were killed in A and B while on Monday forces killed five": a place on the other side of
 * a clause break ("while", "whereas", ";") from the trigger, in a clause that holds another act.
 */
function otherClause(
  ctx: Context,
  s: Sentence,
  at: number,
  head: number,
  triggerHeads: ReadonlySet<number>,
): boolean {
  const [from, to] = at < head ? [at, head] : [head, at];
  const cut = s.toks.findIndex((t, i) => i > from && i < to && ctx.lex.clauseBreaks.has(t.lower));
  if (cut < 0) return false;
  const [lo, hi] = at < head ? [0, cut] : [cut, s.toks.length];
  return [...triggerHeads].some((k) => k !== head && k >= lo && k < hi);
}

const tokenAt = (s: Sentence, at: number) => s.toks.findIndex((t) => t.end > at);

/**
 * Where the sentence's body starts after a dateline ("PARIS (AP) —", "Simferopol, July 7, Interfax
 * -", "PESHAWAR/ISLAMABAD:"): the reporter's place, not necessarily the event's.
 */
export function datelineEnd(text: string, s: Sentence): number {
  const start = s.span.start;
  // a dateline opens a line, or the body (which a stored page's date line may share a line with)
  if (s.index > 0 && !/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, start - 80), start))) return start;
  const m = DATELINE.exec(text.slice(start, Math.min(s.span.end, start + 120)));
  if (!m) return start;
  const words = (m[1] as string)
    .replace(/\([^()]*\)/gu, " ")
    .split(/[\s,/]+/u)
    .filter(Boolean);
  const heading = words.length > 0 && words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  return heading ? start + (m[1] as string).length : start;
}

/** A short run before a dash or a colon at the start of a line. */
const DATELINE = /^([^\n:—–]{1,80}?)(?:\s(?:-{1,2}|–|—)\s|:\s)/u;

const RELATIVE = new Set(["who", "whom", "whose", "which"]);
const PERSONAL = new Set(["who", "whom", "whose"]);
const LIST_WORDS = new Set(["the", "and", "or"]);

/**
 * Token `at` is in a relative clause ("one who survived a raid in Verviers,") that does not hold
 * the trigger and is not about an event noun ("the operation, which was conducted in X").
 */
export function inRelativeClause(
  s: Sentence,
  at: number,
  head: number,
  triggerHeads: ReadonlySet<number>,
): boolean {
  const toks = s.toks;
  for (let k = at - 1; k >= 0; k--) {
    const w = (toks[k] as Tok).lower;
    // a comma inside a list of places ("in Russia, the United States") does not end the clause
    if (w === "," && LIST_WORDS.has(toks[k + 1]?.lower ?? "")) continue;
    if (w === "," || w === ";" || w === ":") return false;
    if (!RELATIVE.has(w)) continue;
    let end = toks.findIndex((t, i) => i > at && /^[,;:]$/u.test(t.text));
    if (end < 0) end = toks.length;
    if (head >= k && head < end) return false;
    // "who" and "whom" are about a person, even right after the trigger ("X was detained, who
    // later died in Y"); "which" may be about the act ("the operation, which was conducted in X")
    if (PERSONAL.has(w)) return true;
    const antecedent = toks[k - 1]?.text === "," ? k - 2 : k - 1;
    return antecedent !== head && !triggerHeads.has(antecedent);
  }
  return false;
}

/** The span of the "who"/"whom" clause whose verb is token `head`, up to its closing comma, or null. */
export function personalClause(s: Sentence, head: number): Span | null {
  const toks = s.toks;
  for (let k = head - 1; k >= 0; k--) {
    const w = (toks[k] as Tok).lower;
    if (w === "," || w === ";" || w === ":") return null;
    if (w !== "who" && w !== "whom") continue;
    // the trigger is the clause's own verb ("who had been arrested"), not the verb after a clause
    // that ends unmarked ("those who took part in protests were executed")
    if (toks.slice(k + 1, head).some((t) => t.pos === "VERB")) return null;
    const close = toks.findIndex((t, i) => i > head && /^[,;:]$/u.test(t.text));
    const last = toks[close < 0 ? toks.length - 1 : close - 1] as Tok;
    return { start: (toks[k] as Tok).start, end: last.end };
  }
  return null;
}

/**
 * A place that only locates the next one: "Kashmir's Anantnag district", "the North Caucasus
 * republic of Dagestan".
 */
function locates(s: Sentence, p: PlaceAnnotation, next: PlaceAnnotation | undefined): boolean {
  if (!next) return false;
  const between = s.toks.filter((t) => t.start >= p.span.end && t.end <= next.span.start).map((t) => t.lower);
  if (between.length === 1) return between[0] === "'s";
  return between.length === 2 && between[1] === "of" && /^\p{Ll}+$/u.test(between[0] as string);
}

/** A place after "near" right after another place: "the village of Kenzhe near Nalchik". */
function landmark(s: Sentence, p: PlaceAnnotation, prev: PlaceAnnotation | undefined): boolean {
  if (!prev) return false;
  const between = s.toks.filter((t) => t.start >= prev.span.end && t.end <= p.span.start).map((t) => t.lower);
  return between.length === 1 && between[0] === "near";
}

/** "in the city", "the southern city's downtown": the last town named before the sentence. */
function townReferredTo(ctx: Context, s: Sentence): PlaceAnnotation | null {
  const toks = s.toks;
  const refers = toks.some(
    (t, i) =>
      ctx.lex.settlementNouns.has(t.lower) &&
      toks[i + 1]?.lower !== "of" &&
      (toks[i - 1]?.lower === "the" || (toks[i - 1]?.pos === "ADJ" && toks[i - 2]?.lower === "the")),
  );
  if (!refers) return null;
  const all = ctx.doc.layers.places ?? [];
  return all.findLast((p) => p.span.end <= s.span.start && p.kind === "city" && !!p.country) ?? null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * A place that says where people come from, not where the event was: a place just before a person
 * noun ("a North Carolina man", "Batken residents") or after "from" that follows one ("a 17-year-old
 * from Malmö", "a student from Lyon").
 */
function origin(ctx: Context, s: Sentence, p: PlaceAnnotation): boolean {
  const toks = s.toks;
  const after = toks.findIndex((t) => t.start >= p.span.end);
  const next = after >= 0 ? toks[after] : undefined;
  if (next && (ctx.lex.personNouns.has(next.lower) || /-year-olds?$/u.test(next.lower))) return true;
  const before = toks.findLastIndex((t) => t.end <= p.span.start);
  if (toks[before]?.lower !== "from") return false;
  const owner = toks[before - 1];
  // "a 17-year-old from X" whether the tokenizer keeps "17-year-old" whole or splits it at the hyphens
  const aged =
    /-year-olds?$/u.test(owner?.lower ?? "") ||
    (/^olds?$/u.test(owner?.lower ?? "") &&
      toks[before - 2]?.text === "-" &&
      /^years?$/u.test(toks[before - 3]?.lower ?? ""));
  return !!owner && (ctx.lex.personNouns.has(owner.lower) || aged);
}

/** A place's name without its administrative-unit word: "the Sughd region" is the place "Sughd". */
export function placeName(name: string, unitWords: ReadonlySet<string>): string {
  const cut = name.lastIndexOf(" ");
  return cut > 0 && unitWords.has(name.slice(cut + 1).toLowerCase()) ? name.slice(0, cut) : name;
}

/** The most specific places: countries go when a place below country level is named. */
export function specificPlaces(places: readonly PlaceAnnotation[]): PlaceAnnotation[] {
  const out: PlaceAnnotation[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    if (p.kind === "country" && places.some((q) => q.kind !== "country")) continue;
    // one place named twice ("Khyber Pakhtunkhwa (KP)") has one position
    if (p.lat != null && out.some((q) => q.lat === p.lat && q.lon === p.lon)) continue;
    const key = `${p.name.toLowerCase()}|${p.country ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

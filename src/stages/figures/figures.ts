// The figures stage: numbers the document states about a quantity that is not one event's count
// (totals, estimates, statistics, list sizes, sub-figures), with subject, as-of date and source.
import type { Document, FigureAnnotation, QuantityAnnotation, TimeAnnotation } from "../../model/document.js";
import { type Qualifier, TOTAL_QUALIFIERS } from "../../model/reading.js";
import { bySpan, firstEndingAfter, type Span, span } from "../../model/span.js";
import type { Resources } from "../../resources/resources.js";
import { sourceOf } from "../attribution/source-of.js";
import { defineStage } from "../stage.js";
import {
  countedByAct,
  elliptical,
  listSize,
  listUnits,
  nextListItem,
  objectOfAct,
  restates,
} from "./counted.js";
import { describedPerson, listPublisher } from "./speaker.js";

const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** Units a figure can count: people and the things a report tallies (homes, organisations…). */
function countable(unit: string | null, units: ReadonlySet<string>): boolean {
  return unit === null || unit === "people" || units.has(unit);
}

function asOf(times: readonly TimeAnnotation[], sentence: Span, at: number, text: string) {
  let best: TimeAnnotation | null = null;
  for (const t of times) {
    if (!inside(t.span, sentence) || (t.type && t.type !== "DATE")) continue;
    // "since December 2022" starts the period the figure counts over; it is not its date
    if (/\bsince\s+$/iu.test(text.slice(Math.max(0, t.span.start - 8), t.span.start))) continue;
    if (!best || Math.abs(t.span.start - at) < Math.abs(best.span.start - at)) best = t;
  }
  if (!best) return { value: null, text: null };
  const value = best.value && /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/u.test(best.value) ? best.value : null;
  return { value, text: text.slice(best.span.start, best.span.end), span: best.span };
}

/** "32 people were sentenced before February 2019": a count up to a month or a year is a tally. */
function upTo(times: readonly TimeAnnotation[], text: string, bounds: readonly string[]): boolean {
  return times.some((t) => {
    if (!t.value || !/^(?:\d{4}|XXXX)(?:-\d{2})?$/u.test(t.value)) return false;
    const before = text
      .slice(Math.max(0, t.span.start - 24), t.span.start)
      .toLowerCase()
      .trimEnd();
    return bounds.some((b) => before === b || before.endsWith(` ${b}`));
  });
}

/** The figure's evidence: from the quantity to the next quantity of its sentence or the clause's end. */
function evidenceOf(
  doc: Document,
  q: QuantityAnnotation,
  sentence: Span,
  next: QuantityAnnotation | undefined,
): Span {
  const end = Math.min(next ? next.span.start : sentence.end, sentence.end);
  const clause = doc.text.slice(q.span.start, end);
  const stop = /[;:]|\s[–—-]\s/u.exec(clause);
  let to = q.span.start + (stop ? stop.index : clause.length);
  while (to > q.span.end && /[\s,.]/u.test(doc.text[to - 1] as string)) to--;
  // a list item ends before the word that joins the next one ("17 terrorist and | 4 extremist")
  const joined = /\s(?:and|or)$/u.exec(doc.text.slice(q.span.end, to));
  if (joined) to -= joined[0].length;
  // the words that open the clause before the number ("The list contains 21")
  let from = q.span.start;
  const before = doc.text.slice(sentence.start, q.span.start);
  const open = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "));
  const lead = open >= 0 ? before.slice(open + 2) : before;
  if (lead.length <= 60 && !/\d/u.test(lead)) from = q.span.start - lead.length;
  else {
    // a long clause keeps the words that say what the number counts ("… conducted mass searches in 26")
    const near = /(?:^|\s)((?:[\p{L}'’-]+\s+)+)$/u.exec(lead.slice(-40));
    if (near?.[1] && !/\d/u.test(near[1])) from = q.span.start - near[1].length;
  }
  return span(from, Math.max(to, q.span.end));
}

/** How many sentences on a speaker's dated statement still dates what the speaker says. */
const NARRATIVE_SENTENCES = 3;

/** A speaker's last word ("Abdyrakhman Mamataliev" and "Mamataliev" are one speaker). */
function surname(source: string): string {
  return source.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? "";
}

export const figures = defineStage({
  name: "figures",
  version: "0.1.0",
  requires: ["sentences", "quantities", "times", "entities", "attribution", "events"],
  provides: "figures",
  run(doc, resources: Resources): FigureAnnotation[] {
    const lex = resources.events;
    const sentences = doc.layers.sentences?.sentences ?? [];
    const quantities = doc.layers.quantities ?? [];
    const times = doc.layers.times ?? [];
    const attribution = doc.layers.attribution ?? [];
    const eventSpans = (doc.layers.events ?? []).flatMap((e) => e.spans);
    const out: FigureAnnotation[] = [];
    let si = 0;
    // sentences are in text order: the sentence of an offset, and those that hold an event, by
    // binary search rather than a scan per quantity
    const sentenceOf = (at: number): Span | undefined => {
      const found = sentences[firstEndingAfter(sentences, at)];
      return found && found.start <= at ? found : undefined;
    };
    const timesOf = bySpan(sentences, times, (t) => t.span);
    const attributionOf = bySpan(sentences, attribution, (a) => a.span);
    const withEvent = new Set<number>();
    for (const e of eventSpans) {
      for (let x = sentenceOf(e.start); x && x.start < e.end; x = sentenceOf(x.end)) {
        withEvent.add(x.start);
        if (x.end >= e.end) break;
      }
    }
    // a tally: a figure cue ("so far", "in all") or a count up to a date ("before May 2020")
    const statistic = (x: Span | undefined) => {
      if (!x) return false;
      if (lex.statistic.test(doc.text.slice(x.start, x.end).toLowerCase())) return true;
      return upTo(timesOf[firstEndingAfter(sentences, x.start)] ?? [], doc.text, lex.figureBounds);
    };
    const units = listUnits(doc, quantities, lex.figureUnits);
    const tokens = doc.layers.sentences?.tokens ?? [];
    const isFigure = (q: QuantityAnnotation, unit: string | null): boolean => {
      if (q.value === null || q.value < 2) return false;
      const sentence = sentenceOf(q.span.start);
      if (unit && lex.eventCountUnits.has(unit)) return statistic(sentence);
      if (!countable(unit, lex.figureUnits)) return false;
      if (unit === null && !elliptical(doc, q)) return false;
      if (times.some((t) => t.span.start < q.span.end && q.span.start < t.span.end)) return false;
      // "1,400 have been arrested", "failed to arrest four more men": the people an act befell
      // ("detained more than 300 people" is a total as well as the act's count)
      const act =
        ((unit === null || unit === "people") &&
          !(TOTAL_QUALIFIERS as readonly string[]).includes(q.qualifier) &&
          objectOfAct(doc, tokens, q, lex.verbs)) ||
        (unit === null && countedByAct(doc, q, lex.eventCountVerbs));
      if (act && !statistic(sentence)) return false;
      if (unit !== "people") return true;
      // "published the names of 27 people": a list's size, whatever the sentence's events
      if (listSize(doc, q, lex.figureListNouns)) return true;
      // "the six detainees", "the bodies of four militants": the people of an event the document
      // reports, counted again
      if (eventSpans.length && restates(doc, q, lex.eventParticipantNouns)) return false;
      // "at least eight people have died in the protests": the count of the sentence's event
      // (with no event beside it, "around 40 had died fighting in Syria" is a tally)
      if (!sentence || !withEvent.has(sentence.start)) return true;
      if (countedByAct(doc, q, lex.eventCountVerbs) && !statistic(sentence)) return false;
      // people counted in a sentence that states an event are that event's count, unless the
      // number is a total ("more than", "at least", "so far", "in all")
      return (TOTAL_QUALIFIERS as readonly string[]).includes(q.qualifier) || statistic(sentence);
    };
    const candidates = quantities.flatMap((q, i) => {
      const { unit, subject } = units[i] ?? { unit: null, subject: null };
      return isFigure(q, unit) ? [{ q, unit, subject, item: nextListItem(doc, quantities, i) }] : [];
    });
    const entities = doc.layers.entities ?? [];
    const said = new Map<string, { date: ReturnType<typeof asOf>; sentence: number }>();
    for (const [i, { q, unit, subject, item }] of candidates.entries()) {
      while (si < sentences.length && (sentences[si] as Span).end <= q.span.start) si++;
      const sentence = sentences[si];
      if (!sentence || sentence.start > q.span.start) continue;
      const next = item ?? candidates[i + 1]?.q;
      const evidence = evidenceOf(
        doc,
        q,
        sentence,
        next && next.span.start < sentence.end ? next : undefined,
      );
      const attr = sourceOf(attributionOf[si] ?? [], q.span)?.annotation ?? null;
      const stated = asOf(timesOf[si] ?? [], sentence, q.span.start, doc.text);
      const source = attr
        ? (describedPerson(attr.source, q.span.start, entities) ?? attr.source)
        : (listSize(doc, q, lex.figureListNouns) && listPublisher(doc.text, sentence, entities)) || "author";
      // "Around 30 are women, Mamataliev said": the same speaker's statement goes on, as of the
      // date the speaker was quoted at a few sentences before
      const earlier = stated.value === null && source !== "author" ? said.get(surname(source)) : undefined;
      const date = earlier && si - earlier.sentence <= NARRATIVE_SENTENCES ? earlier.date : stated;
      if (stated.value !== null && source !== "author")
        said.set(surname(source), { date: stated, sentence: si });
      const spans: Record<string, Span> = { evidence, value: q.span };
      if (q.counted) spans.subject = q.counted;
      if (date.span) spans.as_of = date.span;
      if (attr?.speaker) spans.source = attr.speaker;
      out.push({
        id: `f${out.length + 1}`,
        evidence: doc.text.slice(evidence.start, evidence.end),
        subject: subject ?? (q.counted ? doc.text.slice(q.counted.start, q.counted.end) : unit),
        value: q.value,
        qualifier: (q.qualifier as Qualifier) ?? "exact",
        unit,
        as_of: { value: date.value, text: date.text },
        source,
        spans: [evidence],
        explanation: { rule: "a countable quantity that is no event's count", spans },
      });
    }
    return out;
  },
});

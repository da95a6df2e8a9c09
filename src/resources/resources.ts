// Knowledge the stages use, loaded from data/ once, validated, and handed to every stage.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AttestError } from "../errors.js";
import { type AttributionLexicon, loadAttributionLexicon } from "./attribution-lexicon.js";
import { type EventLexicon, loadEventLexicon } from "./event-lexicon.js";
import { type Gazetteer, loadGazetteer } from "./gazetteer.js";
import { type KnowledgeBase, loadKnowledgeBase } from "./kb.js";
import { loadQuantityLexicon, type QuantityLexicon } from "./quantity-lexicon.js";
import { loadTimeLexicon, type TimeLexicon } from "./time-lexicon.js";

export const ZONE_CUE_KINDS = ["navigation", "prompt", "comments", "bio", "footer", "caption"] as const;

/** A whole-line pattern of page furniture; `opens` marks a line that starts a section running to the end. */
export interface FurnitureLine {
  readonly kind: (typeof ZONE_CUE_KINDS)[number];
  readonly pattern: RegExp;
  readonly opens: boolean;
}

export interface Boilerplate {
  readonly lines: readonly FurnitureLine[];
  /** Phrases that address the reader ("click here"): a paragraph with one at the page's end is a prompt. */
  readonly readerAddress: readonly string[];
  /** The same, but only when they open a sentence ("If you see something…"). */
  readonly readerAddressStarts: readonly string[];
  /** What follows a name at the start of an author biography ("has worked for"). */
  readonly bioStarts: readonly string[];
  /** Whole-line byline patterns; group 1 is the author. */
  readonly bylines: readonly RegExp[];
  /** Whole-line date-line patterns; group 1 is the date text. */
  readonly datelines: readonly RegExp[];
  readonly genres: readonly { genre: string; pattern: RegExp; minCount: number }[];
}

export interface Outlet {
  readonly name: string;
  /** wire | news | official | ngo */
  readonly kind: string;
  readonly aliases: readonly string[];
}

export interface Languages {
  /** Texts shorter than this get no language. */
  readonly minLength: number;
  /** franc's ISO 639-3 code → ISO 639-1. */
  readonly iso6391: ReadonlyMap<string, string>;
}

/** Cues of an organisation speaking in its own statement, and of news credits ("an AFP reporter"). */
export interface Statements {
  /** "We, X, urge…": group 1 is the organisation. */
  readonly we: RegExp;
  /** "The X calls on…": group 1 is the organisation (global: counted over the text). */
  readonly third: RegExp;
  /** "an AFP reporter": group 1 is the outlet. */
  readonly credit: RegExp;
}

export interface Resources {
  /** The data/ directory the knowledge was loaded from. */
  readonly dataDir: string;
  readonly boilerplate: Boilerplate;
  readonly outlets: readonly Outlet[];
  readonly languages: Languages;
  readonly statements: Statements;
  /** Month names (lower case) → month number. */
  readonly months: ReadonlyMap<string, number>;
  /** Named bodies, groups, outlets and officials, with aliases (entities stage). */
  readonly kb: KnowledgeBase;
  /** Places with kinds, countries, coordinates and aliases (places stage). */
  readonly gazetteer: Gazetteer;
  readonly time: TimeLexicon;
  readonly quantities: QuantityLexicon;
  readonly attribution: AttributionLexicon;
  /** Triggers, role nouns, hedges, negation and modality cues (events and figures stages). */
  readonly events: EventLexicon;
}

const provenance = { source: z.string().min(1), licence: z.string().min(1) };
const furnitureFile = z.object({
  ...provenance,
  lines: z.array(
    z.object({ kind: z.enum(ZONE_CUE_KINDS), pattern: z.string(), opens: z.boolean().optional() }),
  ),
  readerAddress: z.array(z.string().min(2)),
  readerAddressStarts: z.array(z.string().min(2)),
  bioStarts: z.array(z.string().min(2)),
  bylines: z.array(z.string()),
  datelines: z.array(z.string()),
  genres: z.array(
    z.object({ genre: z.string(), pattern: z.string(), minCount: z.number().int().optional() }),
  ),
});
const outletsFile = z.object({
  ...provenance,
  outlets: z.array(
    z.object({ name: z.string().min(1), kind: z.string(), aliases: z.array(z.string().min(1)) }),
  ),
});
const languagesFile = z.object({
  ...provenance,
  minLength: z.number().int().positive(),
  languages: z.array(z.object({ franc: z.string().length(3), iso6391: z.string().length(2) })),
});
const monthsFile = z.object({ ...provenance, months: z.record(z.string(), z.number().int().min(1).max(12)) });

/** The data/ directory shipped with the package (found from this file in src/ or dist/). */
export function defaultDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "data")) && existsSync(join(dir, "package.json"))) return join(dir, "data");
    dir = dirname(dir);
  }
  return join(process.cwd(), "data");
}

/** Reads one JSON data file and validates it, or throws an AttestError naming the file. */
export function loadJson<T>(dataDir: string, path: string, schema: z.ZodType<T>): T {
  const file = join(dataDir, path);
  try {
    return schema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (err) {
    const why = err instanceof z.ZodError ? z.prettifyError(err) : String((err as Error).message ?? err);
    throw new AttestError("E_READ", `invalid data file: ${why}`, file, { cause: err });
  }
}

/** Compiles a whole-line pattern, or throws an AttestError naming the data file. */
function wholeLine(pattern: string, flags: string, file: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`, flags);
  } catch (err) {
    throw new AttestError("E_READ", `invalid pattern ${JSON.stringify(pattern)}`, file, { cause: err });
  }
}

function loadBoilerplate(dataDir: string): Boilerplate {
  const path = "boilerplate/page-furniture.json";
  const f = loadJson(dataDir, path, furnitureFile);
  return {
    lines: f.lines.map((l) => ({
      kind: l.kind,
      pattern: wholeLine(l.pattern, "iu", path),
      opens: !!l.opens,
    })),
    readerAddress: f.readerAddress.map((s) => s.toLowerCase()),
    readerAddressStarts: f.readerAddressStarts.map((s) => s.toLowerCase()),
    bioStarts: f.bioStarts.map((s) => s.toLowerCase()),
    bylines: f.bylines.map((p) => wholeLine(p, "u", path)),
    datelines: f.datelines.map((p) => wholeLine(p, "iu", path)),
    genres: f.genres.map((g) => ({
      genre: g.genre,
      pattern: wholeLine(g.pattern, "iu", path),
      minCount: g.minCount ?? 1,
    })),
  };
}

const wordList = z.array(z.string().min(1)).min(1);
const statementsFile = z.object({
  ...provenance,
  firstPersonVerbs: wordList,
  thirdPersonVerbs: wordList,
  nameConnectors: wordList,
  reporterNouns: wordList,
});
const hyphenPrefixesFile = z.object({ ...provenance, prefixes: wordList });

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const alternatives = (words: readonly string[]) => words.map(escapeRegExp).join("|");

function loadStatements(dataDir: string): Statements {
  const f = loadJson(dataDir, "lexicons/statements.json", statementsFile);
  const word = "\\p{Lu}[\\p{L}'-]*";
  const name = `(?:the )?${word}(?: (?:${word}|${alternatives(f.nameConnectors)})){0,6}`;
  return {
    we: new RegExp(`\\bWe, (${name}), (?:${alternatives(f.firstPersonVerbs)})\\b`, "u"),
    third: new RegExp(
      `(?:^|[.!?]\\s+)The ((?:${word}\\s){1,6})(?:${alternatives(f.thirdPersonVerbs)})\\b`,
      "gu",
    ),
    credit: new RegExp(`\\b[Aa]n? (\\S+(?: \\S+)?) (?:${alternatives(f.reporterNouns)})\\b`, "gu"),
  };
}

/** English prefixes that keep their hyphen when a word broken at a line end is joined again. */
export function loadHyphenPrefixes(dataDir: string = defaultDataDir()): ReadonlySet<string> {
  return new Set(loadJson(dataDir, "lexicons/hyphen-prefixes.json", hyphenPrefixesFile).prefixes);
}

/**
 * Builds the GeoNames index now, so that no stage reads a file on its first lookup (DESIGN: a
 * stage reads no files); later loads in the same process reuse it.
 */
function warm(g: Gazetteer): Gazetteer {
  g.names();
  return g;
}

/** Loads and validates every data file the stages need. */
export function loadResources(dataDir: string = defaultDataDir()): Resources {
  const languages = loadJson(dataDir, "kb/languages.json", languagesFile);
  return {
    dataDir,
    boilerplate: loadBoilerplate(dataDir),
    outlets: loadJson(dataDir, "kb/outlets.json", outletsFile).outlets,
    languages: {
      minLength: languages.minLength,
      iso6391: new Map(languages.languages.map((l) => [l.franc, l.iso6391])),
    },
    statements: loadStatements(dataDir),
    months: new Map(Object.entries(loadJson(dataDir, "kb/months.json", monthsFile).months)),
    kb: loadKnowledgeBase(dataDir),
    gazetteer: warm(loadGazetteer(dataDir)),
    time: loadTimeLexicon(dataDir),
    quantities: loadQuantityLexicon(dataDir),
    attribution: loadAttributionLexicon(dataDir),
    events: loadEventLexicon(dataDir),
  };
}

// Knowledge for the attribution (reporting verbs, source cues, hedges): loaded once from data/ and handed to stages in Resources.
import { z } from "zod";
import { loadJson } from "./resources.js";
import { lowerSet, type Phrase, phrase } from "./word-lists.js";

export { type Phrase, phrase } from "./word-lists.js";

/** A cue of one or more words, lower case, as the tokeniser splits them. */

export interface AttributionLexicon {
  /** Lemmas of verbs that report speech or writing ("say", "tell", "announce", "claim"). */
  readonly reportingVerbs: ReadonlySet<string>;
  /** Reporting verbs that take the hearer as object before the clause ("told Interfax that"). */
  readonly objectVerbs: ReadonlySet<string>;
  /** Verbs that are no report when "to" follows ("said to have been killed"). */
  readonly raisingVerbs: ReadonlySet<string>;
  /** Verbs that report only with "that" ("believe", "suggest"): elsewhere they are ordinary verbs. */
  readonly needsThat: ReadonlySet<string>;
  /** Cues that frame a claim as an allegation ("claim", "allege", "accused of"): for factuality. */
  readonly allegationCues: readonly Phrase[];
  /** Adverbs and participles that hedge a statement without naming a source ("reportedly"). */
  readonly hedges: ReadonlySet<string>;
  /** Phrases that name a source before or after a clause ("according to"); longest first. */
  readonly accordingTo: readonly Phrase[];
  /** "X quoted Y as saying": the phrase that makes Y the speaker. */
  readonly sayingCues: readonly Phrase[];
  /** Nouns of statements and documents ("statement", "press release", "estimate"). */
  readonly statementNouns: readonly Phrase[];
  /** Nouns that name no speaker on their own ("according to the results"): no attribution. */
  readonly impersonalSources: ReadonlySet<string>;
  /** Participles linking a statement to its author ("a press release issued by RAB-3"). */
  readonly issuedBy: ReadonlySet<string>;
  /** Words linking a statement noun to its author ("an estimate by X"). */
  readonly sourceLinks: ReadonlySet<string>;
  /** Time words and sentence adverbs that are never a speaker ("on Friday", "meanwhile"). */
  readonly timeWords: ReadonlySet<string>;
  /** Pronoun → the entity types it can refer to, for resolving "he said". */
  readonly pronouns: ReadonlyMap<string, readonly string[]>;
  /** Words that cannot be a speaker on their own ("who", "we"). */
  readonly notSpeakers: ReadonlySet<string>;
}

const words = z.array(z.string().min(1)).min(1);
const file = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  reportingVerbs: words,
  objectVerbs: words,
  raisingVerbs: words,
  needsThat: words,
  allegationCues: words,
  hedges: words,
  accordingTo: words,
  sayingCues: words,
  statementNouns: words,
  sourceLinks: words,
  impersonalSources: words,
  issuedBy: words,
  timeWords: words,
  pronouns: z.record(z.string(), words),
  notSpeakers: words,
});

const phrases = (xs: string[]): Phrase[] => xs.map(phrase).sort((a, b) => b.length - a.length);
const lower = lowerSet;

export function loadAttributionLexicon(dataDir: string): AttributionLexicon {
  const f = loadJson(dataDir, "lexicons/attribution.json", file);
  return {
    reportingVerbs: lower(f.reportingVerbs),
    objectVerbs: lower(f.objectVerbs),
    raisingVerbs: lower(f.raisingVerbs),
    needsThat: lower(f.needsThat),
    allegationCues: phrases(f.allegationCues),
    hedges: lower(f.hedges),
    accordingTo: phrases(f.accordingTo),
    sayingCues: phrases(f.sayingCues),
    statementNouns: phrases(f.statementNouns),
    sourceLinks: lower(f.sourceLinks),
    impersonalSources: lower(f.impersonalSources),
    issuedBy: lower(f.issuedBy),
    timeWords: lower(f.timeWords),
    pronouns: new Map(Object.entries(f.pronouns).map(([p, types]) => [p.toLowerCase(), types])),
    notSpeakers: lower(f.notSpeakers),
  };
}

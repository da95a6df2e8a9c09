// Trigger words and phrases of each event type in a sentence, from the lexicon (data/lexicons/events.json).
import type { EventType } from "../../model/reading.js";
import type { EventLexicon } from "../../resources/event-lexicon.js";
import type { Tok } from "./tokens.js";

export interface Trigger {
  readonly types: readonly EventType[];
  /** Token indexes [from, to) of the trigger words. */
  readonly from: number;
  readonly to: number;
  /** The token that carries the verb or noun (for voice and arguments). */
  readonly head: number;
  readonly kind: "verb" | "noun" | "phrase";
  readonly rule: string;
  /** "the operation": a noun that needs a modifier, made definite instead: the one told before. */
  readonly refersBack?: boolean;
}

const GAP = 6;

function matchPhrase(toks: readonly Tok[], at: number, words: readonly string[]): number {
  let k = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (word === "*") {
      // the shortest gap after which the rest of the phrase matches
      for (let gap = 0; gap <= GAP; gap++) {
        const end = matchPhrase(toks, k + gap, words.slice(w + 1));
        if (end >= 0) return end;
      }
      return -1;
    }
    const t = toks[k];
    if (!t || (t.lower !== word && t.lemma !== word)) return -1;
    k++;
  }
  return k;
}

const VERBAL = new Set(["VERB", "ADJ", "AUX"]);

/** Triggers in one sentence: phrases first (longest), then single verbs and nouns not inside one. */
export function findTriggers(toks: readonly Tok[], lex: EventLexicon): Trigger[] {
  const out: Trigger[] = [];
  const taken = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    for (const p of lex.phrases) {
      if (p.words[0] !== toks[i]?.lower && p.words[0] !== toks[i]?.lemma) continue;
      const end = matchPhrase(toks, i, p.words);
      if (end < 0) continue;
      let overlap = false;
      for (let k = i; k < end; k++) if (taken[k]) overlap = true;
      if (overlap) continue;
      for (let k = i; k < end; k++) taken[k] = 1;
      // a compound noun ("internet shutdown", "gun battle") is a noun whose head is its last word
      if (p.noun && toks[end - 1]?.pos === "NOUN") {
        out.push({
          types: [p.type],
          from: i,
          to: end,
          head: end - 1,
          kind: "noun",
          rule: `noun "${p.text}"`,
        });
        continue;
      }
      const head = headOf(toks, i, end);
      out.push({ types: [p.type], from: i, to: end, head, kind: "phrase", rule: `phrase "${p.text}"` });
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const t = toks[i] as Tok;
    const verb = lex.verbs.get(t.lemma) ?? lex.verbs.get(t.lower);
    if (verb && VERBAL.has(t.pos)) {
      out.push({ types: verb, from: i, to: i + 1, head: i, kind: "verb", rule: `verb "${t.lemma}"` });
      continue;
    }
    const noun = lex.nouns.get(t.lemma) ?? lex.nouns.get(t.lower);
    // a capitalised noun inside a sentence is a name or a month ("March"), not a trigger
    if (
      noun &&
      (t.pos === "NOUN" || (t.pos === "PROPN" && (i === 0 || t.text === t.lower)) || gerundNoun(toks, i))
    ) {
      const bare = lex.nounNeedsModifier.has(t.lemma) && !lex.modifiers.has(toks[i - 1]?.lower ?? "");
      // "the operation" (singular, right after "the") refers back to the operation told before
      const refersBack = bare && toks[i - 1]?.lower === "the" && t.lower === t.lemma;
      if (bare && !refersBack) continue;
      out.push({
        types: noun,
        from: i,
        to: i + 1,
        head: i,
        kind: "noun",
        rule: refersBack ? `noun "the ${t.lemma}" (the one told before)` : `noun "${t.lemma}"`,
        ...(refersBack ? { refersBack } : {}),
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** "the November shooting", "a stabbing": an -ing form after a determiner is a noun, whatever its tag. */
function gerundNoun(toks: readonly Tok[], i: number): boolean {
  if (!/ing$/u.test((toks[i] as Tok).lower)) return false;
  let k = i - 1;
  while (k >= 0 && /^(?:ADJ|PROPN|NUM)$/u.test((toks[k] as Tok).pos)) k--;
  return toks[k]?.pos === "DET";
}

function headOf(toks: readonly Tok[], from: number, to: number): number {
  for (let k = from; k < to; k++) if ((toks[k] as Tok).pos === "VERB") return k;
  for (let k = from; k < to; k++) if ((toks[k] as Tok).pos === "NOUN") return k;
  return from;
}

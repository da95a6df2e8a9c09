// Shallow syntax over the POS layer: noun-phrase chunks, voice and the prepositional cues that
// find an event's agent and patient ("by", "with", "of"), without a parser.
import type { Tok } from "./tokens.js";

/** A run of tokens [from, to) (token indexes of one sentence). */
export interface Chunk {
  readonly from: number;
  readonly to: number;
  /** Where the head noun phrase ends when a relative clause follows it ("three men | who fled"). */
  readonly head?: number;
}

const NP_POS = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"]);
const BE = new Set(["be", "being", "get"]);
const NP_INNER_ADP = new Set(["of"]);

function isParticipleModifier(toks: readonly Tok[], k: number): boolean {
  // "suspected members", "the banned group": an -ed/-en verb between a determiner or adjective
  // and a noun is an attribute of the noun phrase, not its verb.
  const t = toks[k];
  const next = toks[k + 1];
  return (
    !!t &&
    !!next &&
    t.pos === "VERB" &&
    /(?:ed|en)$/u.test(t.lower) &&
    (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")
  );
}

function npToken(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (NP_POS.has(t.pos)) return true;
  if (t.pos === "PART" && (t.lower === "'s" || t.lower === "’s")) return true;
  if (t.pos === "PUNCT" && /^[-–'"“”‘’]$/u.test(t.text)) return true;
  if (t.pos === "SYM") return true;
  // "the most wanted commander", "a heavily armed group": an adverb of an attribute inside the phrase
  if (
    t.pos === "ADV" &&
    k > 0 &&
    npToken(toks, k - 1) &&
    (toks[k + 1]?.pos === "ADJ" || isParticipleModifier(toks, k + 1))
  )
    return true;
  return isParticipleModifier(toks, k);
}

/** The noun phrase starting at `from` (or null): "16 suspected members of the banned group". */
export function npAfter(toks: readonly Tok[], from: number, limit = toks.length): Chunk | null {
  let k = from;
  // "nearly forty people", "all 23 activists": a qualifying adverb belongs to the phrase when a number follows
  while (k < limit && (toks[k]?.pos === "ADV" || toks[k]?.lower === "all") && toks[k + 1]?.pos !== "NUM") k++;
  const start = k;
  let end = k;
  let paren = 0;
  while (k < limit) {
    const t = toks[k] as Tok;
    if (t.text === "(") {
      paren++;
      k++;
      continue;
    }
    if (t.text === ")") {
      if (paren === 0) break;
      paren--;
      k++;
      end = k;
      continue;
    }
    // "the people they arrested": a personal pronoun after the head opens a clause of its own
    if (
      paren === 0 &&
      end > start &&
      t.pos === "PRON" &&
      PERSONAL.has(t.lower) &&
      /^(?:NOUN|PROPN)$/u.test(toks[k - 1]?.pos ?? "")
    )
      break;
    if (paren > 0 || npToken(toks, k) || (t.pos === "ADV" && toks[k + 1]?.pos === "NUM")) {
      k++;
      if (paren === 0) end = k;
      continue;
    }
    // "of" inside a noun phrase, "and" / "," between its conjuncts ("five civilians and three members")
    const next = toks[k + 1];
    if (end > start && NP_INNER_ADP.has(t.lower) && next && npToken(toks, k + 1)) {
      k++;
      continue;
    }
    if (end > start && (t.lower === "and" || t.lower === ",") && next && npConjunctStarts(toks, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  // a phrase ending in a determiner or a quote mark ends before it
  while (end > start && /^(?:DET|PUNCT|PART|ADP|CCONJ)$/u.test((toks[end - 1] as Tok).pos)) end--;
  return end > start ? { from: start, to: end } : null;
}

function npConjunctStarts(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  return t.pos === "NUM" || t.pos === "PROPN" || (t.pos === "DET" && toks[k + 1]?.pos !== "VERB");
}

/** The noun phrase ending just before `to` (the subject of a verb at `to`), or null. */
export function npBefore(toks: readonly Tok[], to: number, floor = 0): Chunk | null {
  // "Three people, including one who …, were charged", "two men - whose names … - had left": the
  // subject is the phrase before the inserted clause
  const inserted = insertionStart(toks, to, floor);
  if (inserted >= 0) {
    const head = npBefore(toks, inserted, floor);
    if (head) return toks[to - 1]?.text === "," ? { from: head.from, to: to - 1 } : head;
  }
  // "The suspect, a 24-year-old Somali, was stopped": a subject with its apposition
  if (toks[to - 1]?.text === "," && to - 1 > floor) {
    const apposition = npBefore(toks, to - 1, floor);
    const head =
      apposition && toks[apposition.from - 1]?.text === ","
        ? npBefore(toks, apposition.from - 1, floor)
        : null;
    if (
      head &&
      (toks[head.from - 1] === undefined || head.from === floor || toks[head.from - 1]?.pos !== "VERB")
    ) {
      return { from: head.from, to: to - 1 };
    }
    return null;
  }
  let k = to - 1;
  let paren = 0;
  let start = to;
  while (k >= floor) {
    const t = toks[k] as Tok;
    if (t.text === ")") {
      paren++;
      k--;
      continue;
    }
    if (t.text === "(") {
      if (paren === 0) break;
      paren--;
      start = k;
      k--;
      continue;
    }
    if (paren === 0 && /^(?:that|which|who|whom|whose)$/u.test(t.lower)) break;
    if (paren > 0 || npToken(toks, k)) {
      if (paren === 0) start = k;
      k--;
      continue;
    }
    // "a man armed with a long knife": a participle phrase of what the subject carries
    if (
      t.lower === "with" &&
      start < to &&
      /^(?:armed|equipped)$/u.test(toks[k - 1]?.lower ?? "") &&
      k - 1 > floor &&
      npToken(toks, k - 2)
    ) {
      k -= 2;
      continue;
    }
    // "the security service in Tajikistan", "a court in Osh", "leaders across 15
    // states": a short locative PP closing a subject noun phrase
    if (/^(?:of|in|from|across)$/u.test(t.lower) && start < to && k > floor && npToken(toks, k - 1)) {
      k--;
      continue;
    }
    // a list of names: "Ali Karimov (30), Bek Usmonov (36) and Timur Saidov (37)"
    if (
      t.text === "," &&
      start < to &&
      k > floor &&
      (toks[start] as Tok).pos === "PROPN" &&
      ((toks[k - 1] as Tok).pos === "PROPN" || (toks[k - 1] as Tok).text === ")")
    ) {
      k--;
      continue;
    }
    if (t.lower === "and" && start < to && k > floor && (npToken(toks, k - 1) || toks[k - 1]?.text === ")")) {
      k--;
      continue;
    }
    // a serial comma before the last name: "Ali Karimov, Bek Usmonov, and Timur Saidov"
    if (
      t.lower === "and" &&
      start < to &&
      k - 1 > floor &&
      toks[k - 1]?.text === "," &&
      (toks[start] as Tok).pos === "PROPN" &&
      (toks[k - 2]?.pos === "PROPN" || toks[k - 2]?.text === ")")
    ) {
      k -= 2;
      continue;
    }
    break;
  }
  if (start >= to) return null;
  // drop a leading relative or conjunction word kept by the POS tagger as a determiner ("that")
  while (start < to && /^(?:that|which|who|whom|whose)$/u.test((toks[start] as Tok).lower)) start++;
  return start < to ? { from: start, to } : null;
}

const INSERTION_OPENERS = /^(?:including|among|whose|who|which|aged)$/u;
const MAX_INSERTION = 30;

/**
 * Where a clause inserted into a subject opens, when `to` closes one: a comma before a phrase that
 * began ", including …" (or ", among them …", ", who …"), or a spaced dash closing a dash pair.
 * -1 when `to` closes none.
 */
function insertionStart(toks: readonly Tok[], to: number, floor: number): number {
  const close = toks[to - 1];
  if (!close) return -1;
  const dash = (k: number) => {
    const t = toks[k] as Tok;
    return /^[-–—]$/u.test(t.text) && t.start > (toks[k - 1]?.end ?? -1) && (toks[k + 1]?.start ?? 0) > t.end;
  };
  const isDash = dash(to - 1);
  if (close.text !== "," && !isDash) return -1;
  for (let k = to - 2; k > floor && k >= to - MAX_INSERTION; k--) {
    const t = toks[k] as Tok;
    if (t.text === ";" || t.text === ":" || t.text === ".") return -1;
    if (isDash ? dash(k) : t.text === "," && INSERTION_OPENERS.test(toks[k + 1]?.lower ?? "")) return k;
    if (!isDash && t.text === ",") return -1;
  }
  return -1;
}

/** Is the verb at `k` passive ("were detained", "had been arrested", "was later overpowered")? */
export function isPassive(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (toks[j] as Tok).pos === "ADV") j--;
  const aux = toks[j];
  return (
    !!aux &&
    (aux.pos === "AUX" || aux.pos === "VERB") &&
    BE.has(aux.lemma) &&
    // any participle after a form of "be" ("were found", "was held"), not a progressive ("were protesting")
    !/ing$/u.test((toks[k] as Tok).lower)
  );
}

/** The index of the first auxiliary/adverb run before a verb: where its subject ends. */
export function subjectEnd(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j > 0) {
    const t = toks[j - 1] as Tok;
    if (
      t.pos === "AUX" ||
      t.pos === "ADV" ||
      t.pos === "PART" ||
      (t.pos === "VERB" && /^(?:began|begun|continued|tried|attempted|claimed|managed)$/u.test(t.lower)) ||
      // "claimed to have killed": the tagger may call a perfect infinitive's "have" a verb
      (t.pos === "VERB" && t.lemma === "have" && j === k && toks[j - 2]?.lower === "to")
    )
      j--;
    else break;
  }
  return j;
}

const RELATIVE = /^(?:who|that|which)$/u;
const REPORTING = /^(?:said|say|says|believe|believed|claim|claimed|suspect|suspected)$/u;
const GERUND_LINKS = /^(?:after|before|upon|while|since|without)$/u;
// words that open a clause of their own: a subject is not looked for beyond them
const CLAUSE_OPENERS =
  /^(?:after|before|when|while|because|since|as|although|though|once|until|where|whereas|if)$/u;
const MAX_RELATIVE = 30;
const CONJ = /^(?:and|or|but)$/u;

/**
 * The verb a verb without its own subject is coordinated with ("were stopped by police and
 * arrested", "killed nine rebels and detained several others"): the nearest verb before the
 * conjunction that ends its subject, in the same clause. -1 when there is none.
 */
export function coordinatedVerb(toks: readonly Tok[], k: number): number {
  const e = subjectEnd(toks, k);
  if (!CONJ.test(toks[e - 1]?.lower ?? "")) return -1;
  for (let j = e - 2; j >= 0; j--) {
    const t = toks[j] as Tok;
    if (t.text === ";" || t.text === ":" || t.text === ".") return -1;
    if (t.pos === "VERB" && !isParticipleModifier(toks, j)) return j;
  }
  return -1;
}

/**
 * The subject of the verb at `k`: the noun phrase before it, the head of a relative clause
 * ("six men who had been arrested"), or the subject of the verb it is coordinated with.
 */
export function subjectOf(toks: readonly Tok[], k: number, depth = 0): Chunk | null {
  const e = subjectEnd(toks, k);
  if (RELATIVE.test(toks[e - 1]?.lower ?? "")) return npBefore(toks, e - 1);
  // "were hanged after being arrested": a gerund after a time word shares the subject of the
  // clause it hangs on
  if (depth < 3 && GERUND_LINKS.test(toks[e - 1]?.lower ?? "") && /ing$/u.test(toks[e]?.lower ?? "")) {
    for (let j = e - 2; j >= 0; j--) {
      const t = toks[j] as Tok;
      if (t.text === ";" || t.text === ":" || t.text === ".") break;
      if (t.pos === "VERB" && !/ing$/u.test(t.lower) && !isParticipleModifier(toks, j))
        return subjectOf(toks, j, depth + 1);
    }
    return null;
  }
  // "the youths they said attacked officers": a reported verb's subject stands before the speaker
  if (
    REPORTING.test(toks[e - 1]?.lower ?? "") &&
    toks[e - 2]?.pos === "PRON" &&
    /^(?:they|he|she|we)$/u.test(toks[e - 2]?.lower ?? "") &&
    /^(?:NOUN|PROPN)$/u.test(toks[e - 3]?.pos ?? "")
  )
    return npBefore(toks, e - 2);
  const v = depth < 3 ? coordinatedVerb(toks, k) : -1;
  if (v >= 0) return subjectOf(toks, v, depth + 1);
  return npBefore(toks, e);
}

/**
 * The subject of the verb at `k` when a relative clause stands between them, which the nearest
 * noun phrase belongs to: "three men who were jailed for the riots were hanged", "a woman accused
 * of arson was sentenced". The head phrase with its clause (`head` marks where the head ends), or
 * null. The leftmost such head of the verb's clause wins.
 */
export function relativeSubject(toks: readonly Tok[], k: number): Chunk | null {
  const e = subjectEnd(toks, k);
  let found: Chunk | null = null;
  for (let j = e - 1; j > 0 && e - j <= MAX_RELATIVE; j--) {
    const t = toks[j] as Tok;
    if (/^[,;:.]$/u.test(t.text) || /^[-–—]$/u.test(t.text) || CLAUSE_OPENERS.test(t.lower)) break;
    // "one man stayed in custody and three others were released": a clause of its own
    if (CONJ.test(t.lower) && /^(?:DET|NUM|PRON)$/u.test(toks[j + 1]?.pos ?? "")) break;
    // "who …", or a reduced relative: a participle right after a noun with a preposition after it
    const opener =
      RELATIVE.test(t.lower) ||
      (t.pos === "VERB" &&
        /ed$/u.test(t.lower) &&
        /^(?:NOUN|PROPN)$/u.test(toks[j - 1]?.pos ?? "") &&
        toks[j + 1]?.pos === "ADP");
    if (!opener || e - j < 2) continue;
    const head = npBefore(toks, j);
    if (head && head.to === j) found = { from: head.from, to: e, head: j };
  }
  return found;
}

/**
 * The subject of the verb an infinitive at `k` hangs on ("a jury took nine hours to find them
 * guilty", "the council voted to ban it"): the subject of the nearest verb before "to" in the
 * clause, or null.
 */
export function controllerSubject(toks: readonly Tok[], k: number): Chunk | null {
  if (toks[k - 1]?.lower !== "to") return null;
  for (let j = k - 2; j >= 0 && k - j <= 10; j--) {
    const t = toks[j] as Tok;
    if (/^[,;:.]$/u.test(t.text)) return null;
    if (t.pos === "VERB" && !isParticipleModifier(toks, j)) return subjectOf(toks, j);
  }
  return null;
}

/**
 * The verb whose clause a participle adjunct hangs on (", killing three people"): the nearest
 * verb before the comma that opens it. -1 when the verb at `k` is not such a participle.
 */
export function adjunctHost(toks: readonly Tok[], k: number): number {
  if (!/ing$/u.test((toks[k] as Tok).lower) || toks[k - 1]?.text !== ",") return -1;
  for (let j = k - 2; j >= 0; j--) {
    const t = toks[j] as Tok;
    if (t.text === ";" || t.text === ":") return -1;
    if (t.pos === "VERB" && !/ing$/u.test(t.lower) && !isParticipleModifier(toks, j)) return j;
  }
  return -1;
}

/**
 * The noun phrase after the first `word` (a preposition) found in [from, to), or null. With
 * `ownVerb`, a verb on the way ends the search: in "arrested for X, a verdict made public by their
 * families", the "by" is the other verb's.
 */
export function npAfterWord(
  toks: readonly Tok[],
  word: string,
  from: number,
  to: number,
  ownVerb = false,
): Chunk | null {
  for (let k = from; k < to; k++) {
    const t = toks[k] as Tok;
    if (t.lower === word) return npAfter(toks, k + 1, to);
    if (t.text === ";" || (ownVerb && t.pos === "VERB" && !isParticipleModifier(toks, k))) break;
  }
  return null;
}

const PERSONAL = new Set(["he", "she", "they", "it", "we", "i", "him", "her", "them", "us"]);

/**
 * A chunk fit to be an argument: without a dateline before it ("PARIS (AP) — Police" → "Police"),
 * and with a noun, a name, a number or a personal pronoun in it ("those", "the" are not arguments).
 */
export function argument(toks: readonly Tok[], c: Chunk | null): Chunk | null {
  if (!c) return null;
  let from = c.from;
  for (let k = c.to - 1; k > c.from; k--) {
    const dash = toks[k] as Tok;
    const spaced = dash.start > (toks[k - 1] as Tok).end && (toks[k + 1]?.start ?? 0) > dash.end;
    if (/^[-–—]$/u.test(dash.text) && spaced && c.from === 0) {
      from = k + 1;
      break;
    }
  }
  const words = toks.slice(from, c.to);
  const ok = words.some(
    (t) =>
      t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || (t.pos === "PRON" && PERSONAL.has(t.lower)),
  );
  if (!ok || from >= c.to) return null;
  return c.head !== undefined && c.head > from ? { from, to: c.to, head: c.head } : { from, to: c.to };
}

export function chunkText(text: string, toks: readonly Tok[], c: Chunk | null): string | null {
  if (!c) return null;
  return text.slice((toks[c.from] as Tok).start, (toks[c.to - 1] as Tok).end);
}

// Finding place mentions in body tokens: gazetteer names, kind cues, facilities, unknown "X district".
import type { Document, Token } from "../../model/document.js";
import type { PlaceKind } from "../../model/reading.js";
import { type Gazetteer, lookupPlaces, type PlaceEntry } from "../../resources/gazetteer.js";
import { isAcronym } from "./resolve.js";

export interface Mention {
  /** The name as written, without a kind word. */
  readonly start: number;
  readonly end: number;
  /** Token indexes of the name's first and last token. */
  readonly first: number;
  readonly last: number;
  readonly entries: readonly PlaceEntry[];
  /** The kind a cue word gives ("Aktobe region", "village of X", "X and Y districts"). */
  cue: PlaceKind | null;
  /** The end of a singular region/district word that belongs to the name ("Belogorsk district"). */
  cueEnd: number | null;
  /** The mention is a facility whose name runs [start, end); `entries` are of a place inside it. */
  readonly facility: boolean;
}

/** Body tokens with their text, and what the scanners need to know about each. */
export class TokenView {
  readonly words: string[];
  readonly lower: string[];
  readonly sentenceStart: boolean[];
  /** The number of the sentence each token is in. */
  readonly sentence: number[];
  constructor(
    readonly doc: Document,
    readonly tokens: readonly Token[],
    sentenceStarts: ReadonlySet<number>,
  ) {
    this.words = tokens.map((t) => doc.text.slice(t.span.start, t.span.end));
    this.lower = this.words.map((w) => w.toLowerCase());
    this.sentenceStart = tokens.map((t) => sentenceStarts.has(t.span.start));
    let n = 0;
    this.sentence = this.sentenceStart.map((s) => (s ? ++n : n));
  }
  get length(): number {
    return this.tokens.length;
  }
  cap(i: number): boolean {
    return /^\p{Lu}/u.test(this.words[i] ?? "");
  }
  /** Tokens i-1 and i are separated by at most one space (no line break, no punctuation). */
  joined(i: number): boolean {
    const a = this.tokens[i - 1];
    const b = this.tokens[i];
    return (
      !!a && !!b && b.span.start - a.span.end <= 1 && !this.doc.text.slice(a.span.end, b.span.start).trim()
    );
  }
  start(i: number): number {
    return (this.tokens[i] as Token).span.start;
  }
  end(i: number): number {
    return (this.tokens[i] as Token).span.end;
  }
}

const MAX_TOKENS = 12;

/** The longest gazetteer name starting at token i, as [last token, entries]. */
function longestName(g: Gazetteer, v: TokenView, i: number): [number, readonly PlaceEntry[]] | null {
  let best: [number, readonly PlaceEntry[]] | null = null;
  let words = 0;
  for (let j = i; j < v.length && j < i + MAX_TOKENS; j++) {
    if (j > i) {
      if (!v.joined(j) && !(v.words[j] === "." || v.words[j - 1] === "-" || v.words[j] === "-")) break;
      if (!v.cap(j) && !g.cues.nameConnectors.has(v.lower[j] as string)) break;
    }
    if (!/\p{L}/u.test(v.words[j] as string)) continue;
    if (++words > g.maxWords) break;
    const entries = lookupPlaces(g, v.doc.text.slice(v.start(i), v.end(j)));
    if (entries.length) best = [j, entries];
  }
  return best;
}

/** The name does not start or end inside a longer word ("ut-Tahrir", "Moscow-based"). */
function bounded(v: TokenView, i: number, j: number): boolean {
  const text = v.doc.text;
  const before = text.slice(Math.max(0, v.start(i) - 4), v.start(i));
  if (/[\p{L}\p{N}]$/u.test(before)) return false;
  if (/-$/u.test(before) && !/(?:^|[^\p{L}])(?:al|el|ad|ar|as|ash|az|an)-$/iu.test(before)) return false;
  const after = text.slice(v.end(j), v.end(j) + 7);
  return !/^[\p{L}\p{N}]|^-\p{L}/u.test(after) || /^-based\b/u.test(after);
}

/** A kind word after token j: [kind, plural, last token of the cue]. */
function cueAfter(g: Gazetteer, v: TokenView, j: number): [PlaceKind, boolean, number] | null {
  const w = v.lower[j + 1];
  if (w === undefined || !v.joined(j + 1)) return null;
  const two = `${w} ${v.lower[j + 2] ?? ""}`;
  if (g.cues.kinds.has(two) && v.joined(j + 2)) return [g.cues.kinds.get(two) as PlaceKind, false, j + 2];
  const kind = g.cues.kinds.get(w);
  return kind ? [kind, g.cues.plural.has(w), j + 1] : null;
}

/** "the city of X", "village of X" (not "Middle District of X", an organisation's name). */
function cueBefore(g: Gazetteer, v: TokenView, i: number): PlaceKind | null {
  if (v.lower[i - 1] !== "of") return null;
  const w = v.lower[i - 2];
  if (!w || w !== v.words[i - 2] || g.cues.plural.has(w)) return null;
  return g.cues.kinds.get(w) ?? null;
}

const MAX_FACILITY_WORDS = 8;

/** Facility names: a capitalised run ending in a facility word ("Al-Sarakhsi Mosque", "X High Court"). */
export function findFacilities(g: Gazetteer, v: TokenView): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < v.length; k++) {
    const head = v.lower[k] as string;
    const twoHead = k > 0 ? `${v.lower[k - 1]} ${head}` : "";
    if (!v.cap(k) || !(g.cues.facilities.has(head) || g.cues.facilities.has(twoHead))) continue;
    // a facility's name is a few words: the walk back stops after MAX_FACILITY_WORDS (a title-case
    // run of a hundred words would otherwise be walked once per facility word in it)
    let i = k;
    while (
      i > 0 &&
      k - i < MAX_FACILITY_WORDS &&
      (v.joined(i) || v.words[i - 1] === "-") &&
      (v.cap(i - 1) || v.words[i - 1] === "-")
    ) {
      if (v.sentenceStart[i]) break;
      i--;
    }
    if (v.lower[i] === "the") i++;
    let specific = false;
    let inner: readonly PlaceEntry[] = [];
    for (let t = i; t < k; t++) {
      const hit = innerPlace(g, v, t);
      const generic =
        g.cues.genericFacilityWords.has(v.lower[t] as string) || g.demonyms.has(v.lower[t] as string);
      if (hit && hit[0] < k) {
        if (!inner.length) inner = hit[1];
        if (!hit[1].every((e) => e.kind === "country")) specific = true;
        t = hit[0];
      } else if (/\p{L}/u.test(v.words[t] as string) && !generic) specific = true;
    }
    if (!specific || i >= k) continue;
    out.push({
      start: v.start(i),
      end: v.end(k),
      first: i,
      last: k,
      entries: inner,
      cue: "facility",
      cueEnd: null,
      facility: true,
    });
  }
  return out;
}

/** A well-known place named inside a facility's name ("Islamabad High Court"). */
function innerPlace(g: Gazetteer, v: TokenView, t: number): [number, readonly PlaceEntry[]] | null {
  const hit = longestName(g, v, t);
  if (!hit || v.end(hit[0]) - v.start(t) < 3) return null;
  const key = v.lower[t] as string;
  if (hit[0] === t && (g.cues.ambiguous.has(key) || g.cues.commonWords.has(key))) return null;
  const sure = hit[1].filter((e) => e.origin !== "admin2" && (e.origin !== "city" || e.seat));
  return sure.length ? [hit[0], sure] : null;
}

/** Every gazetteer name in the body tokens outside facilities, with the cues around it. */
export function findNames(g: Gazetteer, v: TokenView, covered: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < v.length; i++) {
    if (covered.has(i) || !v.cap(i)) continue;
    const hit = longestName(g, v, i);
    const j = hit ? hit[0] : unknownNameEnd(g, v, i);
    if (j === null || !bounded(v, i, j) || covered.has(j)) continue;
    const after = cueAfter(g, v, j);
    if (!hit && !after) continue;
    const singular = after && !after[1] && after[0] !== "city" ? v.end(after[2]) : null;
    out.push({
      start: v.start(i),
      end: v.end(j),
      first: i,
      last: j,
      entries: hit ? hit[1] : [],
      cue: after?.[0] ?? cueBefore(g, v, i),
      cueEnd: singular,
      facility: false,
    });
    if (after?.[1]) spreadPlural(g, v, out, after[0]);
    i = after ? after[2] : j;
  }
  return out;
}

/** A capitalised run of at most two proper nouns before a kind word ("Krasnogvardeisky district"). */
function unknownNameEnd(g: Gazetteer, v: TokenView, i: number): number | null {
  if (i > 0 && v.cap(i - 1) && v.joined(i) && !v.sentenceStart[i]) return null;
  let j = i;
  while (
    j + 1 < v.length &&
    j < i + 1 &&
    v.joined(j + 1) &&
    v.cap(j + 1) &&
    !g.cues.kinds.has(v.lower[j + 1] as string)
  )
    j++;
  if (!g.cues.unknownNameCues.has(v.lower[j + 1] ?? "") || !v.joined(j + 1)) return null;
  return isPlainName(g, v, i, j) ? j : null;
}

/** "in the Aktobe and Atyrau regions": the plural kind word also marks the names listed before. */
function spreadPlural(g: Gazetteer, v: TokenView, out: Mention[], kind: PlaceKind): void {
  let at = out.length - 1;
  let first = (out[at] as Mention).first;
  for (let k = first - 1; k >= 0; k--) {
    const w = v.lower[k] as string;
    if (w === "," || w === "and" || w === "or" || w === "&") continue;
    const prev = out[at - 1];
    if (prev && prev.last === k) {
      prev.cue = kind;
      at--;
      first = prev.first;
      k = first;
      continue;
    }
    // An unknown capitalised run listed before the last name ("Bakhchisaraisky, Krasnogvardeisky and …").
    let s = k;
    while (s > 0 && v.cap(s - 1) && v.joined(s) && k - s < 2) s--;
    if (!v.cap(k) || v.sentenceStart[s] || (s > 0 && v.cap(s - 1) && v.joined(s)) || !isPlainName(g, v, s, k))
      return;
    out.splice(at, 0, {
      start: v.start(s),
      end: v.end(k),
      first: s,
      last: k,
      entries: [],
      cue: kind,
      cueEnd: null,
      facility: false,
    });
    k = s;
  }
}

/** Proper nouns that are no organisation word, title, demonym or everyday word. */
function isPlainName(g: Gazetteer, v: TokenView, s: number, e: number): boolean {
  for (let t = s; t <= e; t++) {
    const w = v.lower[t] as string;
    if (!/^\p{L}/u.test(w) || v.tokens[t]?.pos !== "PROPN") return false;
    // an acronym names an organisation ("CTD Mardan Region"), not a place
    if (isAcronym(v.words[t] as string)) return false;
    if (g.cues.orgHeads.has(w) || g.cues.titles.has(w) || g.demonyms.has(w) || g.cues.commonWords.has(w))
      return false;
  }
  return true;
}

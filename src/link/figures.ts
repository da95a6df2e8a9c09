// Figure units: what a figure counts (unit, head noun, happening, countries) read from its subject and
// evidence with data/link/figures.json; figures that count the same thing in one story are one group.
import type { Figure } from "../model/reading.js";
import { shortHash } from "./hash.js";
import { type LinkKnowledge, phraseKey } from "./knowledge.js";
import type { KindRules, Unit } from "./units.js";

export interface FigureData {
  readonly unit: string | null;
  readonly head: string | null;
  readonly concept: string | null;
  readonly countries: readonly string[];
  /** "four other protesters": counts what is left after another figure, so it measures no shared quantity. */
  readonly remainder: boolean;
  /** Words before the counted noun in the subject: "religious" and "occult" organisations are two quantities. */
  readonly modifiers: readonly string[];
  readonly value: number | null;
  readonly story: readonly string[];
}

/** Story keys two figures of different documents must share to count one quantity. */
const MIN_SHARED_STORY = 2;
/** Largest ratio between two values of one quantity (estimates differ, not by orders of magnitude). */
const MAX_RATIO = 5;

/** Each phrase of `table` found in the words, with the index of its first word. */
function findPhrases(words: readonly string[], table: ReadonlyMap<string, string>, longest: number) {
  const out: { at: number; name: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const name = table.get(words.slice(i, i + n).join(" "));
      if (name !== undefined) {
        out.push({ at: i, name });
        break;
      }
    }
  }
  return out;
}

/** A remainder word ("other", "another") just before a counted noun; "more than" is a qualifier, not one. */
function isRemainder(words: readonly string[], k: LinkKnowledge): boolean {
  const w = k.figures;
  return findPhrases(words, w.heads, w.longest).some(({ at }) =>
    [at - 1, at - 2].some((i) => i >= 0 && w.remainder.has(words[i] as string) && words[i + 1] !== "than"),
  );
}

const NOT_MODIFIERS = new Set([
  "the",
  "a",
  "an",
  "of",
  "some",
  "about",
  "around",
  "than",
  "more",
  "over",
  "all",
]);

/** Words of the subject before its counted noun ("religious" organisations), less numbers and demonyms. */
function modifiersOf(f: Figure, k: LinkKnowledge): string[] {
  const words = phraseKey(f.subject ?? "")
    .split(" ")
    .filter(Boolean);
  const head = findPhrases(words, k.figures.heads, k.figures.longest)[0];
  if (!head) return [];
  return words
    .slice(0, head.at)
    .filter((x) => !NOT_MODIFIERS.has(x) && !/^\d+$/u.test(x))
    .filter((x) => !k.countryAdjectives.has(x) && !k.countryNames.has(x));
}

/** The counted noun: the first head of the subject, else the first head just after the number in the evidence. */
function headOf(f: Figure, k: LinkKnowledge): string | null {
  const w = k.figures;
  const subject = phraseKey(f.subject ?? "")
    .split(" ")
    .filter(Boolean);
  const inSubject = findPhrases(subject, w.heads, w.longest)[0];
  if (inSubject) return inSubject.name;
  const evidence = phraseKey(f.evidence).split(" ");
  const at = f.value === null ? -1 : evidence.indexOf(String(f.value));
  const window = at >= 0 ? evidence.slice(at + 1, at + 5) : evidence;
  return (
    findPhrases(window, w.heads, w.longest)[0]?.name ??
    findPhrases(evidence, w.heads, w.longest)[0]?.name ??
    null
  );
}

export function figureUnit(
  docId: string,
  f: Figure,
  story: readonly string[],
  k: LinkKnowledge,
): Unit<FigureData> {
  const w = k.figures;
  const words = phraseKey(`${f.subject ?? ""} ${f.evidence}`)
    .split(" ")
    .filter(Boolean);
  const found = new Set(findPhrases(words, w.concepts, w.longest).map((c) => c.name));
  const concept = w.conceptOrder.find((c) => found.has(c)) ?? null;
  const countries = new Set<string>();
  for (const x of words) {
    const cc = k.countryAdjectives.get(x) ?? k.countryNames.get(x);
    if (cc) countries.add(cc);
  }
  const data: FigureData = {
    unit: f.unit ? phraseKey(f.unit) : null,
    head: headOf(f, k),
    concept,
    countries: [...countries].sort(),
    remainder:
      isRemainder(phraseKey(f.subject ?? "").split(" "), k) ||
      isRemainder(phraseKey(f.evidence).split(" "), k),
    modifiers: modifiersOf(f, k),
    value: f.value,
    story: story.map(shortHash),
  };
  const base = `${data.unit}|${data.head}|${data.concept}`;
  const keys = [`${base}|doc:${docId}`, ...data.story.map((s) => `${base}|st:${s}`)];
  return { id: `${docId}#${f.id}`, doc: docId, keys, data };
}

function figuresRelated(a: Unit<FigureData>, b: Unit<FigureData>): boolean {
  const x = a.data;
  const y = b.data;
  if (x.remainder || y.remainder || x.unit !== y.unit || x.head !== y.head || x.concept !== y.concept)
    return false;
  if (x.head === null && x.concept === null) return false;
  if (x.modifiers.length && y.modifiers.length && x.modifiers.join(" ") !== y.modifiers.join(" "))
    return false;
  if (x.countries.length && y.countries.length && !x.countries.some((c) => y.countries.includes(c)))
    return false;
  if (x.value !== null && y.value !== null && x.value > 0 && y.value > 0) {
    if (Math.max(x.value, y.value) / Math.min(x.value, y.value) > MAX_RATIO) return false;
  }
  if (a.doc === b.doc) return true;
  const mine = new Set(x.story);
  return y.story.filter((s) => mine.has(s)).length >= MIN_SHARED_STORY;
}

export function figureRules(): KindRules<FigureData> {
  return {
    kind: "figures",
    related: figuresRelated,
    cluster: (units) => [units.map((u) => u.id)],
    merge: (_stored, fresh) => fresh,
  };
}

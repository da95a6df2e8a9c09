// Names the knowledge base does not know: runs of capitalised words, typed by their head word or as a person's name.
import type { EntityType } from "../../model/reading.js";
import type { EntityCues, KnowledgeBase } from "../../resources/kb.js";
import { type Atom, isAcronym, joins } from "./atoms.js";
import { countryAt } from "./country.js";
import { type Mention, mention } from "./mention.js";

const NOT_NAME_POS = new Set([
  "VERB",
  "AUX",
  "ADV",
  "DET",
  "PRON",
  "ADP",
  "NUM",
  "CCONJ",
  "SCONJ",
  "PART",
  "INTJ",
  "PUNCT",
  "SYM",
]);

/** Does the phrase (lower-cased words) match the atoms from i? */
export function phraseAt(atoms: readonly Atom[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const at = atoms[i + k];
    if (!at || at.lower !== phrase[k] || (k > 0 && !joins(at.gap))) return false;
  }
  return true;
}

/** The longest phrase of the list at atom i: its length, or 0. */
export function longestAt(atoms: readonly Atom[], i: number, list: readonly (readonly string[])[]): number {
  for (const p of list) if (phraseAt(atoms, i, p)) return p.length;
  return 0;
}

const hyphened = (at: Atom | undefined) => !!at && /^[-‐]$/u.test(at.gap);

/** Maximal runs [a, b) of capitalised words, with hyphenated and joining lower-case words inside. */
export function capitalRuns(atoms: readonly Atom[], cues: EntityCues): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < atoms.length; i++) {
    if (!(atoms[i] as Atom).cap) continue;
    let j = i + 1;
    while (j < atoms.length) {
      const at = atoms[j] as Atom;
      if (!joins(at.gap) || at.sentenceStart) break;
      if (at.cap || hyphened(at) || (hyphened(atoms[j + 1]) && at.gap === " " && !/^\d/u.test(at.text))) {
        j++;
        continue;
      }
      const next = atoms[j + 1];
      const joining = (cues.connectors.has(at.lower) || cues.nameParticles.has(at.lower)) && at.gap === " ";
      if (joining && next?.cap && joins(next.gap) && !next.sentenceStart) {
        j++;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/** The type a head word gives a run ("… Ministry", "Centre for …", "… News"), or null. */
function headType(
  atoms: readonly Atom[],
  a: number,
  b: number,
  cues: EntityCues,
): { type: EntityType; at: number } | null {
  // the head is the last word before the first "of"/"for"/"in" (or the run's last word)
  let end = b;
  for (let k = a + 1; k < b; k++) {
    const w = (atoms[k] as Atom).lower;
    if (w === "of" || w === "for") {
      end = k;
      break;
    }
  }
  const kinds: [EntityType, readonly (readonly string[])[]][] = [
    ["government_body", cues.governmentHeads],
    ["organization", cues.organizationHeads],
    ["media", cues.mediaHeads],
  ];
  // the rightmost head word wins ("Legal and Media Wing" is a wing)
  for (let k = end - 1; k >= a; k--) {
    for (const [type, heads] of kinds) {
      const n = longestAt(atoms, k, heads);
      if (n && k + n <= end && (atoms[k] as Atom).cap) return { type, at: k };
    }
  }
  return null;
}

/** Words at the start of a run that are not part of a person's name: titles, honorifics, adjectives of countries. */
function titleEnd(
  atoms: readonly Atom[],
  a: number,
  b: number,
  kb: KnowledgeBase,
): { at: number; title: boolean } {
  const { cues } = kb;
  let k = a;
  let title = false;
  while (k < b) {
    const at = atoms[k] as Atom;
    const t = longestAt(atoms, k, cues.titles);
    if (t && k + t < b) {
      k += t;
      title = true;
      continue;
    }
    if (cues.honorifics.has(at.lower) || cues.titleModifiers.has(at.lower)) {
      if (cues.honorifics.has(at.lower)) title = true;
      k++;
      continue;
    }
    const c = countryAt(atoms, k, kb.countries);
    if (c?.adjective && c.b < b) {
      k = c.b;
      continue;
    }
    // an abbreviated title ("AC Neil Basu", "DGP X Y") or an adjective opening the sentence ("Many Deputies")
    if ((isAcronym(at.text) && b - k >= 3) || (at.sentenceStart && at.pos === "ADJ" && k + 1 < b)) {
      title ||= isAcronym(at.text);
      k++;
      continue;
    }
    break;
  }
  return { at: k, title };
}

/** Is atoms [a, b) shaped like a person's name (proper nouns, none of them a cue or country word)? */
function nameShaped(atoms: readonly Atom[], a: number, b: number, kb: KnowledgeBase): boolean {
  let proper = 0;
  for (let k = a; k < b; k++) {
    const at = atoms[k] as Atom;
    if (!at.cap) {
      if (kb.cues.nameParticles.has(at.lower) || hyphened(at) || hyphened(atoms[k + 1])) continue;
      return false;
    }
    if (kb.cues.notNames.has(at.lower) || countryAt(atoms, k, kb.countries)) return false;
    if (isAcronym(at.text) && at.text.length > 2) return false;
    if (at.pos && NOT_NAME_POS.has(at.pos)) return false;
    if (at.pos === "PROPN") proper++;
  }
  return proper > 0;
}

/** Evidence that a lone capitalised word is a person: a title or role noun before it, "said" after it, a surname ending. */
function loneNameEvidence(atoms: readonly Atom[], k: number, titled: boolean, kb: KnowledgeBase): boolean {
  const at = atoms[k] as Atom;
  if (titled) return true;
  const next = atoms[k + 1];
  if (next && next.gap === " " && kb.cues.speechVerbs.has(next.lower)) return true;
  const prev = atoms[k - 1];
  if (prev && /^,\s$/u.test(at.gap) && next && /^,/u.test(next.gap) && roleNounEnding(atoms, k - 1, kb.cues))
    return true;
  if (prev && !at.sentenceStart && at.gap === " " && roleNounEnding(atoms, k - 1, kb.cues)) return true;
  // "… alias Badhon"
  if (kb.cues.aliasMarkers.some((p) => phraseAt(atoms, k - p.length, p))) return true;
  return !at.sentenceStart && at.text.length >= 5 && kb.cues.surnameEndings.some((e) => at.lower.endsWith(e));
}

/** Does a role noun end at atom k ("detainee", "religious scholar")? */
export function roleNounEnding(atoms: readonly Atom[], k: number, cues: EntityCues): number {
  for (const p of cues.roleNouns) {
    const from = k - p.length + 1;
    if (from >= 0 && !(atoms[from] as Atom).cap && phraseAt(atoms, from, p)) return p.length;
  }
  return 0;
}

/** Pattern mentions of organisations, bodies, outlets and people in the capitalised runs of the body. */
export function nameMentions(
  atoms: readonly Atom[],
  kb: KnowledgeBase,
  known: readonly Mention[],
  placeStarts: ReadonlySet<number>,
): Mention[] {
  const owner = new Int32Array(atoms.length).fill(-1);
  known.forEach((m, n) => {
    owner.fill(n, m.a, m.b);
  });
  const out: Mention[] = [];
  for (const [ra, rb] of capitalRuns(atoms, kb.cues)) {
    let a = ra;
    // an opening word that is not a noun ("Earlier Daniyar Narymbaev…", "The National …")
    while (
      a < rb &&
      ((atoms[a] as Atom).lower === "the" ||
        ((atoms[a] as Atom).sentenceStart && NOT_NAME_POS.has((atoms[a] as Atom).pos ?? "")))
    )
      a++;
    if (a >= rb) continue;
    const tail = governmentTail(atoms, a, rb, kb, placeStarts);
    if (tail) {
      out.push(tail);
      continue;
    }
    for (const [x, y] of outsideKnown(atoms, a, rb, owner, kb.cues)) {
      for (const [p, q] of splitAtAnd(atoms, x, y, kb.cues)) out.push(...classify(atoms, p, q, kb));
    }
  }
  return out;
}

/**
 * A run holding a known name is kept whole only when its own head word lies outside that name
 * ("RAB Forces Headquarters"); else only its pieces outside known names are read ("Hizb ut-Tahrir" + "Islamic").
 */
function outsideKnown(
  atoms: readonly Atom[],
  a: number,
  b: number,
  owner: Int32Array,
  cues: EntityCues,
): [number, number][] {
  let overlaps = false;
  for (let k = a; k < b; k++) if ((owner[k] as number) >= 0) overlaps = true;
  if (!overlaps) return [[a, b]];
  const head = headType(atoms, a, b, cues);
  if (head && (owner[head.at] as number) < 0 && !(head.at === a)) return [[a, b]];
  const pieces: [number, number][] = [];
  let from = a;
  for (let k = a; k <= b; k++) {
    if (k === b || (owner[k] as number) >= 0) {
      if (k > from) pieces.push([from, k]);
      from = k + 1;
    }
  }
  return pieces;
}

/** "Kerala police", "KP police": a place or acronym with a lower-case word for a force after it. */
function governmentTail(
  atoms: readonly Atom[],
  a: number,
  b: number,
  kb: KnowledgeBase,
  placeStarts: ReadonlySet<number>,
): Mention | null {
  if (b - a > 2) return null;
  const first = atoms[a] as Atom;
  const place = placeStarts.has(first.start) || countryAt(atoms, a, kb.countries)?.adjective === false;
  if (!place && !isAcronym(first.text)) return null;
  const n =
    b < atoms.length && (atoms[b] as Atom).gap === " " ? longestAt(atoms, b, kb.cues.governmentTails) : 0;
  if (!n) return null;
  return mention(atoms, a, b + n, { type: "government_body", name: "", rule: "government-tail", rank: 2 });
}

/** "Syria and Iraq" is two names; "Centre for Analysis and Development" is one (its head is before "and"). */
function splitAtAnd(atoms: readonly Atom[], a: number, b: number, cues: EntityCues): [number, number][] {
  let and = -1;
  for (let k = a + 1; k < b && and < 0; k++) if ((atoms[k] as Atom).lower === "and") and = k;
  if (and < 0 || headType(atoms, a, b, cues)) return [[a, b]];
  return [[a, and], ...splitAtAnd(atoms, and + 1, b, cues)];
}

/** A title inside a run with a name after it ("… Court Judge Thomas D. Schroeder", "Prosecutor Henrik Olin"). */
function titleSplit(atoms: readonly Atom[], a: number, b: number, kb: KnowledgeBase): number | null {
  for (let t = b - 2; t >= a; t--) {
    const n = longestAt(atoms, t, kb.cues.titles);
    if (n && t + n < b && (atoms[t] as Atom).cap && nameShaped(atoms, t + n, b, kb)) return t;
  }
  return null;
}

function classify(atoms: readonly Atom[], a: number, b: number, kb: KnowledgeBase): Mention[] {
  const t = titleSplit(atoms, a, b, kb);
  if (t !== null && t > a) return [...classify(atoms, a, t, kb), ...classify(atoms, t, b, kb)];
  const head = b - a >= 2 && t === null ? headType(atoms, a, b, kb.cues) : null;
  if (head) return [mention(atoms, a, b, { type: head.type, name: "", rule: `head:${head.type}`, rank: 2 })];
  const { at: n, title } = titleEnd(atoms, a, b, kb);
  if (n >= b || !nameShaped(atoms, n, b, kb)) return [];
  const titled = title || roleNounEnding(atoms, a - 1, kb.cues) > 0;
  if (b - n === 1 && !loneNameEvidence(atoms, n, titled, kb)) return [];
  const m = mention(atoms, n, b, {
    type: "person",
    name: "",
    rule: titled ? "titled-name" : "name",
    rank: 1,
  });
  // "Marouane T.": an initial keeps its full stop
  const last = atoms[b - 1] as Atom;
  const initial = b - n >= 2 && /^\p{Lu}$/u.test(last.text) && (atoms[b]?.gap ?? ".").startsWith(".");
  return [initial ? { ...m, end: m.end + 1 } : m];
}

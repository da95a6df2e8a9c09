// In-document coreference: acronyms defined in brackets, surnames and shorter forms of a full name, one key per entity.
import { atomsOf, type KnowledgeBase } from "../../resources/kb.js";
import { type Atom, isAcronym } from "./atoms.js";
import { type Mention, mention } from "./mention.js";

/** The key that makes mentions one entity: the knowledge-base id, the place, else type and normalised name. */
export function keyOf(m: Mention, text: string): string {
  if (m.group) return m.group;
  if (m.entry) return `kb:${m.entry.id}`;
  const name = text
    .slice(m.start, m.end)
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(/[\s\-'’.]+/gu, " ");
  return `doc:${m.type}:${name}`;
}

/**
 * "Full Name (ACR)" and "ACR (Full Name)": the acronym's other uses become mentions of the same entity.
 * Returns the added mentions and the pairs of keys to unite.
 */
export function acronyms(
  text: string,
  atoms: readonly Atom[],
  mentions: readonly Mention[],
): { added: Mention[]; same: [string, string][] } {
  const added: Mention[] = [];
  const same: [string, string][] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.a; k < m.b; k++) taken.add(k);
  for (const m of mentions) {
    if (m.type === "location" || m.type === "person") continue;
    const b = m.b;
    const acr = atoms[b];
    if (
      !acr ||
      !/^\s*\($/u.test(acr.gap) ||
      !isAcronym(acr.text) ||
      !/^\)/u.test(text.slice(acr.end, acr.end + 1))
    )
      continue;
    const other = byStart.get(acr.start);
    if (other) {
      same.push([keyOf(m, text), keyOf(other, text)]);
      continue;
    }
    const group = keyOf(m, text);
    atoms.forEach((at, k) => {
      if (at.text === acr.text && !taken.has(k)) {
        added.push(mention(atoms, k, k + 1, { ...m, group, rule: "acronym", rank: 2 }));
        taken.add(k);
      }
    });
  }
  return { added, same };
}

/** Surnames and shorter forms ("Mamataliev", "Rashod Qori") of a full name in the document. */
export function shortForms(
  atoms: readonly Atom[],
  mentions: readonly Mention[],
  kb: KnowledgeBase,
): { added: Mention[]; same: [Mention, Mention][] } {
  const full = mentions.filter((m) => m.type === "person" && m.b - m.a >= 2);
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.a; k < m.b; k++) taken.add(k);
  const words = (m: Mention) => atoms.slice(m.a, m.b).map((a) => a.lower);
  const same: [Mention, Mention][] = [];
  // shorter person mentions that are part of exactly one longer name
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const w = words(m);
    const hosts = full.filter((f) => f.b - f.a > w.length && contains(words(f), w) && keyDiffers(f, m));
    const names = new Set(hosts.map((h) => words(h).join(" ")));
    if (names.size === 1) same.push([m, hosts[0] as Mention]);
  }
  // bare surnames no other rule found
  const surnames = new Map<string, Mention[]>();
  for (const f of full) {
    const last = atoms[f.b - 1] as Atom;
    if (last.text.length < 3 || kb.cues.notNames.has(last.lower)) continue;
    const list = surnames.get(last.text);
    if (list) list.push(f);
    else surnames.set(last.text, [f]);
  }
  const added: Mention[] = [];
  atoms.forEach((at, k) => {
    const hosts = surnames.get(at.text);
    if (!hosts || taken.has(k) || atoms[k + 1]?.cap) return;
    const host = nearestBefore(hosts, at.start) ?? (hosts[0] as Mention);
    added.push(mention(atoms, k, k + 1, { ...host, rule: "surname", rank: 1 }));
    same.push([added[added.length - 1] as Mention, host]);
  });
  return { added, same };
}

const keyDiffers = (a: Mention, b: Mention) => a.start !== b.start || a.end !== b.end;

function contains(hay: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

function nearestBefore(ms: readonly Mention[], at: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.start < at && (!best || m.start > best.start)) best = m;
  return best;
}

/** Two names of one person: "Rashed Alom alias Badhon", "Radwan Haqawi (Redwane Hajaoui)". */
export function aliases(text: string, mentions: readonly Mention[], kb: KnowledgeBase): [Mention, Mention][] {
  const markers = new Set(kb.cues.aliasMarkers.map((p) => p.join(" ")));
  const out: [Mention, Mention][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const n = mentions[i + 1] as Mention;
    if (m.type !== "person" || n.type !== "person" || n.start - m.end > 24) continue;
    const between = text.slice(m.end, n.start);
    const words = atomsOf(between.toLowerCase()).join(" ");
    if (/^\s*\(\s*$/u.test(between) || (/^[\s,]*[\p{L}. ]+[\s,]*$/u.test(between) && markers.has(words)))
      out.push([m, n]);
  }
  return out;
}

// Names the knowledge base knows: longest alias at each word, its sense chosen by the countries in context.
import type { Countries, KbAlias, KbEntry, KnowledgeBase } from "../../resources/kb.js";
import { type Atom, isAcronym, joins } from "./atoms.js";
import { type CountryContext, countryAt } from "./country.js";
import { type Mention, mention } from "./mention.js";

/** Does the alias match the atoms from i? Acronyms and mixed-case words must match exactly. */
function matches(atoms: readonly Atom[], i: number, alias: KbAlias): boolean {
  const words = alias.atoms;
  if (i + words.length > atoms.length) return false;
  for (let k = 0; k < words.length; k++) {
    const at = atoms[i + k] as Atom;
    const w = words[k] as string;
    if (k > 0 && (!joins(at.gap) || at.sentenceStart)) return false;
    if (/\p{Lu}/u.test(w.slice(1)) ? at.text !== w : at.lower !== w.toLowerCase()) return false;
    if (k === 0 && /^\p{Lu}/u.test(w) && !at.cap) return false;
  }
  return true;
}

/** The country an adjective or possessive just before atom i names ("Kyrgyz Interior Ministry", "Russia's FSB"). */
function countryBefore(
  atoms: readonly Atom[],
  i: number,
  countries: Countries,
): { code: string; a: number } | null {
  const at = atoms[i] as Atom;
  if (!joins(at.gap) || at.sentenceStart) return null;
  for (let a = Math.max(0, i - 3); a < i; a++) {
    const hit = countryAt(atoms, a, countries);
    if (hit?.b === i && hit.adjective) return { code: hit.code, a };
  }
  // "Kyrgyzstan's …": the atom before is the possessive "s"
  const s = atoms[i - 1];
  if (s?.text === "s" && /^['’]$/u.test(s.gap)) {
    for (let a = Math.max(0, i - 4); a < i - 1; a++) {
      const hit = countryAt(atoms, a, countries);
      if (hit?.b === i - 1 && !hit.adjective) return { code: hit.code, a };
    }
  }
  return null;
}

/** The sense of an alias the context supports; null when only generic senses exist and none fits. */
function chooseSense(alias: KbAlias, ctx: CountryContext, near: string | null): KbEntry | null {
  let best: KbEntry | null = null;
  let bestScore = -1;
  for (const { entry, generic } of alias.senses) {
    const c = entry.country;
    let score: number;
    if (near) score = c === near ? 1000 : c === null ? 0.5 : 0;
    else score = c === null ? 0.5 : (ctx.counts.get(c) ?? 0);
    if (generic && !(c !== null && score >= 1)) continue;
    if (!generic) score += 0.1;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/** Every knowledge-base name in the body, longest first at each word, never overlapping. */
export function kbMentions(atoms: readonly Atom[], kb: KnowledgeBase, ctx: CountryContext): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const at = atoms[i] as Atom;
    const alias = kb.index.get(at.lower)?.find((al) => matches(atoms, i, al));
    if (!alias) continue;
    const b = i + alias.atoms.length;
    // a single ordinary word opening a sentence ("Dawn raids …") is only a name when tagged as one
    if (alias.atoms.length === 1 && at.sentenceStart && !isAcronym(at.text) && at.pos && at.pos !== "PROPN")
      continue;
    const near = countryBefore(atoms, i, kb.countries);
    const entry = chooseSense(alias, ctx, near?.code ?? null);
    const type = entry?.type ?? (alias.senses[0] as { entry: KbEntry }).entry.type;
    const from = near && entry && entry.country === near.code && type !== "person" ? near.a : i;
    const surface = b - from;
    const found = mention(atoms, from, b, {
      type,
      entry: entry ?? undefined,
      name: entry?.name ?? "",
      rule: entry ? "kb" : "kb-generic",
      country: entry ? entry.country : (near?.code ?? null),
      rank: entry ? (surface > 1 ? 4 : 2.5) : 2,
    });
    const longer = extended(atoms, found, kb);
    out.push(longer ?? found);
    i = (longer ?? found).b - 1;
  }
  return out;
}

/**
 * A known name grown by what follows it: a unit number ("RAB-1", its own body), a country ("Hizb ut-Tahrir
 * Bangladesh", its own branch), an outlet's language service ("RFE/RL's Kyrgyz Service", the outlet itself).
 */
function extended(atoms: readonly Atom[], m: Mention, kb: KnowledgeBase): Mention | null {
  const next = atoms[m.b];
  if (!next || next.sentenceStart) return null;
  if (/^\d+$/u.test(next.text) && next.gap === "-" && m.type !== "person") {
    return mention(atoms, m.a, m.b + 1, { ...m, entry: undefined, name: "", rule: "kb-unit", rank: 2 });
  }
  const country = next.gap === " " ? countryAt(atoms, m.b, kb.countries) : null;
  if (country && !country.adjective && m.type === "organization") {
    return mention(atoms, m.a, country.b, {
      ...m,
      entry: undefined,
      name: "",
      rule: "kb-branch",
      country: country.code,
      rank: 2,
    });
  }
  const lang = atoms[m.b + 1];
  const service = atoms[m.b + 2];
  if (
    m.type === "media" &&
    next.text === "s" &&
    /^['’]$/u.test(next.gap) &&
    lang?.cap &&
    service?.lower === "service"
  ) {
    return mention(atoms, m.a, m.b + 3, { ...m, rule: "kb-service" });
  }
  return null;
}

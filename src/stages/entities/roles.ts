// Roles of people: a title before the name ("Deputy Prime Minister X") or an apposition ("X, a lawyer from Y").
import type { KnowledgeBase } from "../../resources/kb.js";
import { escapeRegExp } from "../../resources/resources.js";
import type { Atom } from "./atoms.js";
import { countryAt } from "./country.js";
import type { Mention } from "./mention.js";
import { longestAt } from "./names.js";

const compiled = new WeakMap<KnowledgeBase, { after: RegExp; before: RegExp }>();

/** Role patterns built once per knowledge base from its title and role-noun lists. */
function patterns(kb: KnowledgeBase): { after: RegExp; before: RegExp } {
  let p = compiled.get(kb);
  if (!p) {
    const words = [...kb.cues.titles, ...kb.cues.roleNouns].map((w) => w.map(escapeRegExp).join("[ -]"));
    const mods = [...kb.cues.titleModifiers].map(escapeRegExp).join("|");
    const role = `(?:(?:${mods})[ -])*(?:[\\p{L}-]+ ){0,2}?(?:${words.join("|")})\\b[^,.;:()"“”\\n]{0,90}?`;
    p = {
      after: new RegExp(
        `^,\\s+(?:(?:an?|the)\\s+)?(${role})(?=\\s*[,.;:()"“”\\n]|\\s+(?:said|says|told|who|from)\\b)`,
        "iu",
      ),
      before: new RegExp(`(?:^|[.;,:]\\s|\\b(?:said|says|told|by)\\s)(?:an?|the)\\s+(${role}),\\s$`, "iu"),
    };
    compiled.set(kb, p);
  }
  return p;
}

/** The role written at a person's mention, if any. */
export function roleAt(
  text: string,
  atoms: readonly Atom[],
  m: Mention,
  kb: KnowledgeBase,
): string | undefined {
  const titled = titleBefore(atoms, m.a, kb);
  if (titled) return titled;
  const p = patterns(kb);
  const after = p.after.exec(text.slice(m.end, m.end + 160));
  if (after?.[1]) return after[1].replace(/\s+(?:from|based in|in)\s.*$/u, "").trim();
  const before = p.before.exec(text.slice(Math.max(0, m.start - 160), m.start));
  return before?.[1]?.trim() || undefined;
}

/** "Kyrgyz Deputy Prime Minister", "former President", "theologian" directly before the name. */
function titleBefore(atoms: readonly Atom[], a: number, kb: KnowledgeBase): string | undefined {
  for (let from = Math.max(0, a - 5); from < a; from++) {
    let k = from;
    let country: string | null = null;
    const words: string[] = [];
    while (k < a && kb.cues.titleModifiers.has((atoms[k] as Atom).lower))
      words.push((atoms[k++] as Atom).text);
    const c = countryAt(atoms, k, kb.countries);
    if (c?.adjective && c.b < a) {
      country = c.code;
      k = c.b;
    }
    const t = longestAt(atoms, k, kb.cues.titles) || longestAt(atoms, k, kb.cues.roleNouns);
    if (!t || k + t !== a) continue;
    words.push(...atoms.slice(k, k + t).map((x) => x.text));
    const title = words.join(" ");
    const name = country ? kb.countries.shortNames.get(country) : undefined;
    return name ? `${title} of ${name}` : title;
  }
  return undefined;
}

// Finds the publisher and genre of a page from its furniture, dateline, copyright line and known outlets.
import { type Boilerplate, escapeRegExp, type Outlet, type Statements } from "../../resources/resources.js";
import type { Line } from "./lines.js";
import type { Cue, Zoning } from "./zones.js";

export interface Found {
  readonly value: string;
  readonly outlet: Outlet | null;
}

const DATELINE_SEPARATOR = /\s(?:-{1,2}|–|—)\s|:\s/u;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?([^.|©]{2,60}?)\s*(?:\.|,|\||all rights reserved|$)/iu;
/** Whole-word patterns of aliases, compiled once per alias. */
const aliasPatterns = new Map<string, RegExp>();
function aliasPattern(alias: string): RegExp {
  let re = aliasPatterns.get(alias);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, "u");
    aliasPatterns.set(alias, re);
  }
  return re;
}

/** The known outlet named as a whole word in `text` (longest alias first). */
export function findOutlet(text: string, outlets: readonly Outlet[]): Found | null {
  let best: { alias: string; outlet: Outlet } | null = null;
  for (const outlet of outlets)
    for (const alias of outlet.aliases)
      if ((!best || alias.length > best.alias.length) && aliasPattern(alias).test(text))
        best = { alias, outlet };
  return best ? { value: best.outlet.name, outlet: best.outlet } : null;
}

/** Publisher candidates, in order of trust; the first found wins. */
export function findPublisher(
  lines: readonly Line[],
  zoning: Zoning,
  body: readonly Line[],
  outlets: readonly Outlet[],
  statements: Statements,
): Found | null {
  const { cues, titleSite, titleIndex } = zoning;
  if (titleSite) return findOutlet(titleSite, outlets) ?? { value: titleSite, outlet: null };
  for (let i = 0; i < Math.max(titleIndex, 0); i++) {
    const found = cues[i]?.kind === "navigation" ? findOutlet((lines[i] as Line).text, outlets) : null;
    if (found && (lines[i] as Line).text.length <= 60) return found;
  }
  const first = body[0]?.text ?? "";
  const sep = DATELINE_SEPARATOR.exec(first.slice(0, 90));
  const dated = sep ? findOutlet(first.slice(0, sep.index + 1), outlets) : null;
  if (dated) return dated;
  for (let i = lines.length - 1; i >= 0; i--) {
    const cue = cues[i];
    const m =
      cue && cue.kind !== "body" && cue.kind !== "caption" ? COPYRIGHT.exec((lines[i] as Line).text) : null;
    if (m?.[1]?.trim()) return findOutlet(m[1], outlets) ?? { value: m[1].trim(), outlet: null };
  }
  const text = body.map((l) => l.text).join("\n");
  for (const m of text.matchAll(statements.credit)) {
    const found = findOutlet(m[1] as string, outlets);
    if (found) return found;
  }
  const voice = pressVoice(text, statements);
  return voice ? (findOutlet(voice, outlets) ?? { value: voice, outlet: null }) : null;
}

/** The organisation speaking in a statement: "We, X, urge…", or "The X demands / calls on…" twice. */
export function pressVoice(text: string, statements: Statements): string | null {
  const we = statements.we.exec(text);
  if (we) return (we[1] as string).trim();
  const counts = new Map<string, number>();
  for (const m of text.matchAll(statements.third)) {
    const name = (m[1] as string).trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) if (n >= 2) return name;
  return null;
}

/** The genre from furniture labels, then from who publishes; news by default. */
export function findGenre(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  bp: Boilerplate,
  publisher: Found | null,
  voice: boolean,
): string {
  for (const g of bp.genres) {
    let n = 0;
    lines.forEach((l, i) => {
      const furniture = cues[i] && cues[i]?.kind !== "body" && cues[i]?.kind !== "title";
      if ((furniture || g.minCount > 1) && l.text.length <= 120 && g.pattern.test(l.text)) n++;
    });
    if (n >= g.minCount) return g.genre;
  }
  if (publisher?.outlet && (publisher.outlet.kind === "official" || publisher.outlet.kind === "ngo"))
    return "press_release";
  return voice ? "press_release" : "news";
}

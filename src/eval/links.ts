// Link scoring of the reference scorer: pairwise P/R/F1 over the pairs implied by link groups, via matched items.
import type { Links } from "../model/reading.js";
import { type LinkKind, type Prf, prf } from "./report.js";
import { low } from "./text.js";

/** A (document, id-or-name) reference, encoded as one string so it can live in a Set or a Map. */
export function ref(doc: string, id: unknown): string {
  return JSON.stringify([doc, id]);
}

/** System (doc, key) → gold (doc, id), per kind, built while matching. */
export type ItemMaps = Record<LinkKind, Map<string, string>>;

/** How each kind keys a system reference: ids as written, entity names through `low`. */
const KEYS: Record<LinkKind, (id: string) => string> = { events: String, figures: String, entities: low };

/** `pairs_of(groups, mapping, key)`: every unordered pair of distinct (mapped) references in a group. */
function pairsOf(
  groups: readonly (readonly string[])[],
  mapping: Map<string, string> | null,
  key: (id: string) => string,
): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const group of groups) {
    const ids = new Set<string>();
    for (const r of group) {
      const hash = r.indexOf("#"); // str.partition("#"): no "#" gives (r, "", "")
      const doc = hash < 0 ? r : r.slice(0, hash);
      const id = hash < 0 ? "" : r.slice(hash + 1);
      if (mapping === null) ids.add(ref(doc, id));
      else {
        const gold = mapping.get(ref(doc, key(id)));
        if (gold !== undefined) ids.add(gold);
      }
    }
    const list = [...ids];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as string;
        const b = list[j] as string;
        const pair: [string, string] = a < b ? [a, b] : [b, a];
        out.set(pair.join("\n"), pair);
      }
    }
  }
  return out;
}

/** Scores each kind of system link group against the gold groups, over matched items only. */
export function scoreLinks(
  gold: Partial<Links>,
  system: Partial<Links>,
  maps: ItemMaps,
): Record<LinkKind, Prf> {
  const kinds: LinkKind[] = ["events", "figures", "entities"];
  const out = {} as Record<LinkKind, Prf>;
  for (const kind of kinds) {
    let gp = pairsOf(gold[kind] ?? [], null, String);
    if (kind !== "entities") {
      // gold event and figure pairs count only when both items were matched by some system item
      const known = new Set(maps[kind].values());
      gp = new Map([...gp].filter(([, [a, b]]) => known.has(a) && known.has(b)));
    }
    const sp = pairsOf(system[kind] ?? [], maps[kind], KEYS[kind]);
    const tp = [...sp.keys()].filter((k) => gp.has(k)).length;
    out[kind] = prf(tp, sp.size - tp, gp.size - tp);
  }
  return out;
}

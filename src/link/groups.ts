// Reading groups out of linked units: events and figures by their cluster, entities by component, with
// one-word surnames joined to the one full name that fits.
import type { EntityData } from "./entities.js";
import type { StoredUnit } from "./units.js";

/** Groups of two refs or more, each sorted, sorted by their first ref: one canonical form for comparing. */
export function canonical(groups: Iterable<Iterable<string>>): string[][] {
  const out: string[][] = [];
  for (const g of groups) {
    const refs = [...new Set(g)].sort();
    if (refs.length > 1) out.push(refs);
  }
  return out.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

/** Events or figures: the units of each cluster. */
export function clusterGroups(units: Iterable<StoredUnit>): string[][] {
  const byGroup = new Map<string, string[]>();
  for (const s of units) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s.unit.id]);
  return canonical(byGroup.values());
}

/**
 * Entities: the refs of each component's spellings; a one-word person ("Carlin") joins the component
 * of the full names with that surname in its country only when there is exactly one such component.
 */
export function entityGroups(
  units: readonly StoredUnit<EntityData>[],
  refsOf: (unitId: string) => readonly string[],
  withKey: (key: string) => readonly StoredUnit<EntityData>[],
): string[][] {
  const target = new Map<number, number>();
  for (const s of units) {
    if (!s.unit.data.single) continue;
    const key = s.unit.keys.find((k) => k.startsWith("~sur:"));
    if (!key) continue;
    const comps = new Set(
      withKey(key)
        .filter((o) => !o.unit.data.single)
        .map((o) => o.comp),
    );
    comps.delete(s.comp);
    if (comps.size === 1) target.set(s.comp, [...comps][0] as number);
  }
  const byComp = new Map<number, string[]>();
  for (const s of units) {
    const comp = target.get(s.comp) ?? s.comp;
    byComp.set(comp, [...(byComp.get(comp) ?? []), ...refsOf(s.unit.id)]);
  }
  return canonical(byComp.values());
}

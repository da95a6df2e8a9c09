// Incremental linking over any UnitState: new units join the components they relate to, and only the
// components they touch are clustered again. Components are the connected parts of the "related" graph
// and clusters are a pure function of a component's units, so the groups do not depend on insertion order.
import type { KindRules, StoredUnit, Unit, UnitState } from "./units.js";

/**
 * Units a blocking key may gather before it is a stop-key ("arrests in Russia in 2020", a common first
 * name): new units are not compared through it. Keeps cost near-linear; once a key passes the limit,
 * which links it still makes can depend on the order documents came in.
 */
export const MAX_KEY_UNITS = 64;

/** Keys starting with this are kept for look-ups (a surname's full names) but never compared through. */
export const INDEX_ONLY = "~";

class UnionFind {
  readonly #parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.#parent.get(root); p !== undefined && p !== root; p = this.#parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.#parent.get(y) as string;
      this.#parent.set(y, root);
      y = next;
    }
    if (!this.#parent.has(root)) this.#parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [low, high] = ra < rb ? [ra, rb] : [rb, ra];
    this.#parent.set(high, low);
  }
  /** Every node seen so far. */
  nodes(): string[] {
    return [...this.#parent.keys()];
  }
  roots(nodes: Iterable<string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const n of nodes) {
      const r = this.find(n);
      out.set(r, [...(out.get(r) ?? []), n]);
    }
    return out;
  }
}

/** Adds units of one kind (e.g. those of one new document) and re-clusters the components they touch. */
export function addUnits<D>(rules: KindRules<D>, state: UnitState<D>, fresh: readonly Unit<D>[]): void {
  const uf = new UnionFind();
  const units = new Map<string, Unit<D>>();
  const batchIndex = new Map<string, string[]>();
  for (const incoming of fresh) {
    const seen = units.get(incoming.id);
    const stored = seen ? undefined : state.get(incoming.id);
    const unit = seen ? rules.merge(seen, incoming) : stored ? rules.merge(stored.unit, incoming) : incoming;
    units.set(unit.id, unit);
    uf.find(`u:${unit.id}`);
    if (stored) uf.union(`u:${unit.id}`, `c:${stored.comp}`);
    const old = new Set(stored?.unit.keys ?? seen?.keys ?? []);
    for (const key of unit.keys) {
      if (old.has(key) || key.startsWith(INDEX_ONLY)) continue;
      if (state.keySize(key, MAX_KEY_UNITS + 1) > MAX_KEY_UNITS) continue; // a stop-key: too common to tell units apart
      for (const other of state.withKey(key)) {
        if (other.unit.id !== unit.id && rules.related(unit, other.unit))
          uf.union(`u:${unit.id}`, `c:${other.comp}`);
      }
    }
    for (const key of unit.keys)
      if (!key.startsWith(INDEX_ONLY)) batchIndex.set(key, [...(batchIndex.get(key) ?? []), unit.id]);
  }
  for (const [key, ids] of batchIndex) {
    if (ids.length + state.keySize(key, MAX_KEY_UNITS + 1) > MAX_KEY_UNITS) continue; // a stop-key within the batch too
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = units.get(ids[i] as string) as Unit<D>;
        const b = units.get(ids[j] as string) as Unit<D>;
        if (a.id !== b.id && rules.related(a, b)) uf.union(`u:${a.id}`, `u:${b.id}`);
      }
    }
  }
  for (const members of uf.roots(uf.nodes()).values()) {
    const comps = members.filter((m) => m.startsWith("c:")).map((m) => Number(m.slice(2)));
    const target = comps.length ? Math.min(...comps) : state.nextComp();
    for (const c of comps) {
      if (c !== target)
        state.setComp(
          state.ofComp(c).map((s) => s.unit.id),
          target,
        );
    }
    for (const m of members) if (m.startsWith("u:")) state.put(units.get(m.slice(2)) as Unit<D>, target);
    // a new unit related to nothing is its own group (the group a unit gets when first put)
    if (comps.length || members.length > 1) recluster(rules, state, target);
  }
}

/** Clusters one component again and records each unit's group. */
export function recluster<D>(rules: KindRules<D>, state: UnitState<D>, comp: number): void {
  const members = state.ofComp(comp);
  const assign: [string, string][] = [];
  for (const cluster of rules.cluster(members.map((s) => s.unit))) {
    const group = [...cluster].sort()[0] as string;
    for (const id of cluster) assign.push([id, group]);
  }
  state.setGroups(assign);
}

/**
 * Removes units (e.g. those of a replaced document) and rebuilds the components they were in: what is
 * left of each is split into its connected parts again and clustered.
 */
export function removeUnits<D>(rules: KindRules<D>, state: UnitState<D>, ids: readonly string[]): void {
  const comps = new Set<number>();
  for (const id of ids) {
    const s = state.get(id);
    if (!s) continue;
    comps.add(s.comp);
    state.remove(id);
  }
  for (const comp of comps) rebuild(rules, state, state.ofComp(comp));
}

/** Splits units into connected parts by `related` over shared keys and gives each part its own component. */
export function rebuild<D>(rules: KindRules<D>, state: UnitState<D>, stored: readonly StoredUnit<D>[]): void {
  const uf = new UnionFind();
  const byKey = new Map<string, Unit<D>[]>();
  for (const { unit } of stored) {
    uf.find(unit.id);
    for (const key of unit.keys)
      if (!key.startsWith(INDEX_ONLY)) byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Unit<D>;
        const b = list[j] as Unit<D>;
        if (uf.find(a.id) !== uf.find(b.id) && rules.related(a, b)) uf.union(a.id, b.id);
      }
  }
  for (const part of uf.roots(stored.map((s) => s.unit.id)).values()) {
    const comp = state.nextComp();
    state.setComp(part, comp);
    recluster(rules, state, comp);
  }
}

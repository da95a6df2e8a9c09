// Units of one kind kept in memory, indexed by key and by component (the CorpusLinker's state).
import type { StoredUnit, Unit, UnitState } from "./units.js";

export class MemoryState<D> implements UnitState<D> {
  readonly #units = new Map<string, { unit: Unit<D>; comp: number; group: string }>();
  readonly #byKey = new Map<string, Set<string>>();
  readonly #byComp = new Map<number, Set<string>>();
  #next = 1;

  get(id: string): StoredUnit<D> | undefined {
    const s = this.#units.get(id);
    return s ? { ...s } : undefined;
  }

  withKey(key: string, limit = Number.POSITIVE_INFINITY): StoredUnit<D>[] {
    const out: StoredUnit<D>[] = [];
    for (const id of this.#byKey.get(key) ?? []) {
      if (out.length >= limit) break;
      out.push(this.get(id) as StoredUnit<D>);
    }
    return out;
  }

  keySize(key: string): number {
    return this.#byKey.get(key)?.size ?? 0;
  }

  ofComp(comp: number): StoredUnit<D>[] {
    return [...(this.#byComp.get(comp) ?? [])].map((id) => this.get(id) as StoredUnit<D>);
  }

  /** Every unit, for reading the groups out. */
  all(): StoredUnit<D>[] {
    return [...this.#units.values()].map((s) => ({ ...s }));
  }

  put(unit: Unit<D>, comp: number): void {
    const old = this.#units.get(unit.id);
    if (old) this.remove(unit.id);
    this.#units.set(unit.id, { unit, comp, group: old?.group ?? unit.id });
    for (const key of unit.keys) this.#add(this.#byKey, key, unit.id);
    this.#add(this.#byComp, comp, unit.id);
  }

  setComp(ids: readonly string[], comp: number): void {
    for (const id of ids) {
      const s = this.#units.get(id);
      if (!s) continue;
      this.#byComp.get(s.comp)?.delete(id);
      s.comp = comp;
      this.#add(this.#byComp, comp, id);
    }
  }

  setGroups(assign: readonly (readonly [string, string])[]): void {
    for (const [id, group] of assign) {
      const s = this.#units.get(id);
      if (s) s.group = group;
    }
  }

  remove(id: string): void {
    const s = this.#units.get(id);
    if (!s) return;
    this.#units.delete(id);
    for (const key of s.unit.keys) this.#byKey.get(key)?.delete(id);
    this.#byComp.get(s.comp)?.delete(id);
  }

  nextComp(): number {
    return this.#next++;
  }

  #add<K>(map: Map<K, Set<string>>, key: K, id: string): void {
    const set = map.get(key) ?? new Set<string>();
    map.set(key, set);
    set.add(id);
  }
}

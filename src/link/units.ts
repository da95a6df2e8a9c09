// The linker's vocabulary: units (what is compared), their keys, the rules of each kind, and where units live.

export type LinkKind = "entities" | "events" | "figures";
export const LINK_KINDS: readonly LinkKind[] = ["entities", "events", "figures"];

/**
 * One thing the linker compares. An event or a figure is one unit (id `doc#id`); for entities a unit is
 * one spelling of one name in one country (all `doc#name` refs with that spelling share it), so a
 * name said in 100,000 documents is still one unit.
 */
export interface Unit<D = unknown> {
  readonly id: string;
  /** The document of an event or figure; null for entity units (they gather refs of many documents). */
  readonly doc: string | null;
  /** Blocking keys: two units are compared only when they share one. */
  readonly keys: readonly string[];
  readonly data: D;
}

/** How one kind decides what is linked. */
export interface KindRules<D> {
  readonly kind: LinkKind;
  /** True when the two units are linked directly (an edge of the component graph). Symmetric. */
  related(a: Unit<D>, b: Unit<D>): boolean;
  /** The groups of one component, as unit ids: deterministic, whatever order the units come in. */
  cluster(units: readonly Unit<D>[]): string[][];
  /** The unit made when a stored unit meets a new sighting with the same id (entity spellings only). */
  merge(stored: Unit<D>, fresh: Unit<D>): Unit<D>;
}

/** A unit as kept: with the component it belongs to and its group (the smallest unit id of its cluster). */
export interface StoredUnit<D = unknown> {
  readonly unit: Unit<D>;
  readonly comp: number;
  readonly group: string;
}

/**
 * Where the units of one kind live: in memory (CorpusLinker) or in the store's tables. Every method is
 * synchronous so the SQLite store can run the whole update inside the transaction that writes a document.
 */
export interface UnitState<D = unknown> {
  get(id: string): StoredUnit<D> | undefined;
  /** The units with this key; at most `limit` of them when a limit is given. */
  withKey(key: string, limit?: number): StoredUnit<D>[];
  /** How many units have this key (counting stops at `upTo` when given). */
  keySize(key: string, upTo?: number): number;
  ofComp(comp: number): StoredUnit<D>[];
  /** Inserts or replaces a unit (and its keys) in a component; its group is set by `setGroups`. */
  put(unit: Unit<D>, comp: number): void;
  setComp(ids: readonly string[], comp: number): void;
  setGroups(assign: readonly (readonly [string, string])[]): void;
  remove(id: string): void;
  nextComp(): number;
}

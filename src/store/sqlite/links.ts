// Corpus-wide links in the SQLite store: the linker's units, keys and groups kept in tables (migration 3)
// and updated inside the transaction that puts a document, so a killed run never leaves them half-written.
import type Database from "better-sqlite3";
import { type Conflict, conflictsOf } from "../../link/conflicts.js";
import { addUnits, removeUnits } from "../../link/engine.js";
import { type EntityData, entityRules } from "../../link/entities.js";
import { type EventData, eventRules } from "../../link/events.js";
import { type FigureData, figureRules } from "../../link/figures.js";
import { clusterGroups, entityGroups } from "../../link/groups.js";
import { readingUnits } from "../../link/items.js";
import { defaultLinkKnowledge, type LinkKnowledge } from "../../link/knowledge.js";
import type { KindRules, LinkKind, StoredUnit, Unit, UnitState } from "../../link/units.js";
import type { Event, Figure, Links, Reading } from "../../model/reading.js";

interface UnitRow {
  id: string;
  doc: string | null;
  comp: number;
  grp: string;
  keys: string;
  data: string;
}

const UNIT_COLUMNS = "id, doc, comp, grp, keys, data";

/** One kind's units in the link tables, behind the linker's UnitState. */
class SqliteUnitState<D> implements UnitState<D> {
  readonly #s;
  readonly #kind: LinkKind;

  constructor(db: Database.Database, kind: LinkKind) {
    this.#kind = kind;
    this.#s = {
      get: db.prepare<[string, string], UnitRow>(
        `SELECT ${UNIT_COLUMNS} FROM link_units WHERE kind = ? AND id = ?`,
      ),
      withKey: db.prepare<[string, string, number], UnitRow>(
        `SELECT u.id, u.doc, u.comp, u.grp, u.keys, u.data FROM link_keys AS k
         JOIN link_units AS u ON u.kind = k.kind AND u.id = k.id WHERE k.kind = ? AND k.key = ? LIMIT ?`,
      ),
      keySize: db
        .prepare<[string, string, number], number>(
          "SELECT count(*) FROM (SELECT 1 FROM link_keys WHERE kind = ? AND key = ? LIMIT ?)",
        )
        .pluck(),
      ofComp: db.prepare<[string, number], UnitRow>(
        `SELECT ${UNIT_COLUMNS} FROM link_units WHERE kind = ? AND comp = ?`,
      ),
      put: db.prepare(
        `INSERT INTO link_units (kind, id, doc, comp, grp, keys, data) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc, comp = excluded.comp, keys = excluded.keys,
           data = excluded.data`,
      ),
      dropKeys: db.prepare("DELETE FROM link_keys WHERE kind = ? AND id = ?"),
      addKey: db.prepare("INSERT OR IGNORE INTO link_keys (kind, key, id) VALUES (?, ?, ?)"),
      setComp: db.prepare("UPDATE link_units SET comp = ? WHERE kind = ? AND id = ?"),
      setGroup: db.prepare("UPDATE link_units SET grp = ? WHERE kind = ? AND id = ?"),
      remove: db.prepare("DELETE FROM link_units WHERE kind = ? AND id = ?"),
      nextComp: db
        .prepare<[string], number>(
          "UPDATE link_meta SET next_comp = next_comp + 1 WHERE kind = ? RETURNING next_comp - 1",
        )
        .pluck(),
      all: db.prepare<[string], UnitRow>(`SELECT ${UNIT_COLUMNS} FROM link_units WHERE kind = ?`),
    };
  }

  #unit(row: UnitRow): StoredUnit<D> {
    const unit: Unit<D> = {
      id: row.id,
      doc: row.doc,
      keys: JSON.parse(row.keys),
      data: JSON.parse(row.data),
    };
    return { unit, comp: row.comp, group: row.grp };
  }

  get(id: string): StoredUnit<D> | undefined {
    const row = this.#s.get.get(this.#kind, id);
    return row ? this.#unit(row) : undefined;
  }
  withKey(key: string, limit = -1): StoredUnit<D>[] {
    const max = Number.isFinite(limit) ? limit : -1;
    return this.#s.withKey.all(this.#kind, key, max).map((r) => this.#unit(r));
  }
  keySize(key: string, upTo = -1): number {
    return this.#s.keySize.get(this.#kind, key, Number.isFinite(upTo) ? upTo : -1) ?? 0;
  }
  ofComp(comp: number): StoredUnit<D>[] {
    return this.#s.ofComp.all(this.#kind, comp).map((r) => this.#unit(r));
  }
  all(): StoredUnit<D>[] {
    return this.#s.all.all(this.#kind).map((r) => this.#unit(r));
  }
  put(unit: Unit<D>, comp: number): void {
    const k = this.#kind;
    this.#s.put.run(
      k,
      unit.id,
      unit.doc,
      comp,
      unit.id,
      JSON.stringify(unit.keys),
      JSON.stringify(unit.data),
    );
    this.#s.dropKeys.run(k, unit.id);
    for (const key of unit.keys) this.#s.addKey.run(k, key, unit.id);
  }
  setComp(ids: readonly string[], comp: number): void {
    for (const id of ids) this.#s.setComp.run(comp, this.#kind, id);
  }
  setGroups(assign: readonly (readonly [string, string])[]): void {
    for (const [id, group] of assign) this.#s.setGroup.run(group, this.#kind, id);
  }
  remove(id: string): void {
    this.#s.remove.run(this.#kind, id);
    this.#s.dropKeys.run(this.#kind, id);
  }
  nextComp(): number {
    return this.#s.nextComp.get(this.#kind) as number;
  }
}

/** The store's corpus-wide linker: call `add`/`remove` inside the document's transaction. */
export class SqliteLinks {
  readonly #db: Database.Database;
  readonly #k: LinkKnowledge;
  readonly #rules: {
    entities: KindRules<EntityData>;
    events: KindRules<EventData>;
    figures: KindRules<FigureData>;
  };
  readonly #state: {
    entities: SqliteUnitState<EntityData>;
    events: SqliteUnitState<EventData>;
    figures: SqliteUnitState<FigureData>;
  };
  readonly #q;

  constructor(db: Database.Database, knowledge: LinkKnowledge = defaultLinkKnowledge()) {
    this.#db = db;
    this.#k = knowledge;
    this.#rules = { entities: entityRules(knowledge), events: eventRules(knowledge), figures: figureRules() };
    this.#state = {
      entities: new SqliteUnitState(db, "entities"),
      events: new SqliteUnitState(db, "events"),
      figures: new SqliteUnitState(db, "figures"),
    };
    this.#q = {
      addRef: db.prepare("INSERT OR IGNORE INTO link_refs (document_id, ref, unit) VALUES (?, ?, ?)"),
      refsOfDoc: db.prepare<[string], { ref: string; unit: string }>(
        "SELECT ref, unit FROM link_refs WHERE document_id = ?",
      ),
      dropRefs: db.prepare("DELETE FROM link_refs WHERE document_id = ?"),
      unitUsed: db.prepare<[string], number>("SELECT 1 FROM link_refs WHERE unit = ? LIMIT 1").pluck(),
      refsOfUnit: db.prepare<[string], string>("SELECT ref FROM link_refs WHERE unit = ?").pluck(),
      allRefs: db.prepare<[], { ref: string; unit: string }>("SELECT ref, unit FROM link_refs"),
      unitsOfDoc: db
        .prepare<[string, string], string>("SELECT id FROM link_units WHERE kind = ? AND doc = ?")
        .pluck(),
      eventJson: db
        .prepare<[string, string], string>("SELECT json FROM events WHERE document_id = ? AND id = ?")
        .pluck(),
      figureJson: db
        .prepare<[string, string], string>("SELECT json FROM figures WHERE document_id = ? AND id = ?")
        .pluck(),
      unlinked: db.prepare<[], { id: string; reading: string }>(
        "SELECT id, reading FROM documents WHERE id NOT IN (SELECT document_id FROM link_refs) AND id NOT IN (SELECT doc FROM link_units WHERE doc IS NOT NULL) ORDER BY id",
      ),
    };
  }

  /** Links one stored document's reading into the corpus. */
  add(documentId: string, reading: Reading): void {
    const units = readingUnits(documentId, reading, this.#k);
    addUnits(
      this.#rules.entities,
      this.#state.entities,
      units.entities.map(([, u]) => u),
    );
    for (const [ref, u] of units.entities) this.#q.addRef.run(documentId, ref, u.id);
    addUnits(this.#rules.events, this.#state.events, units.events);
    addUnits(this.#rules.figures, this.#state.figures, units.figures);
  }

  /** Takes one document out of the links (before it is deleted or replaced). */
  remove(documentId: string): void {
    const refs = this.#q.refsOfDoc.all(documentId);
    this.#q.dropRefs.run(documentId);
    const orphans = [...new Set(refs.map((r) => r.unit))].filter(
      (u) => this.#q.unitUsed.get(u) === undefined,
    );
    removeUnits(this.#rules.entities, this.#state.entities, orphans);
    for (const kind of ["events", "figures"] as const) {
      removeUnits(
        this.#rules[kind] as KindRules<unknown>,
        this.#state[kind],
        this.#q.unitsOfDoc.all(kind, documentId),
      );
    }
  }

  /** Links documents stored before the link tables existed (a store made by an older Attest). */
  backfill(): number {
    const rows = this.#q.unlinked.all();
    const run = this.#db.transaction(() => {
      for (const row of rows) this.add(row.id, JSON.parse(row.reading) as Reading);
    });
    if (rows.length) run.immediate();
    return rows.length;
  }

  links(): Links {
    const entities = this.#state.entities;
    const refs = new Map<string, string[]>();
    for (const { ref, unit } of this.#q.allRefs.all()) refs.set(unit, [...(refs.get(unit) ?? []), ref]);
    return {
      events: clusterGroups(this.#state.events.all()),
      figures: clusterGroups(this.#state.figures.all()),
      entities: entityGroups(
        entities.all(),
        (id) => refs.get(id) ?? [],
        (key) => entities.withKey(key),
      ),
    };
  }

  conflicts(): Conflict[] {
    const links = this.links();
    const load = <T>(refs: string[][], q: { get(doc: string, id: string): string | undefined }) => {
      const out = new Map<string, T>();
      for (const ref of refs.flat()) {
        const at = ref.lastIndexOf("#");
        const json = q.get(ref.slice(0, at), ref.slice(at + 1));
        if (json) out.set(ref, JSON.parse(json) as T);
      }
      return out;
    };
    return conflictsOf(links, {
      events: load<Event>(links.events, this.#q.eventJson),
      figures: load<Figure>(links.figures, this.#q.figureJson),
    });
  }
}

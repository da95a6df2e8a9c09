// CorpusLinker: links a corpus one reading at a time, giving the same groups as linking it all at once.
import type { Links, Reading } from "../model/reading.js";
import { addUnits, removeUnits } from "./engine.js";
import { type EntityData, entityRules } from "./entities.js";
import { type EventData, eventRules } from "./events.js";
import { type FigureData, figureRules } from "./figures.js";
import { clusterGroups, entityGroups } from "./groups.js";
import { readingUnits } from "./items.js";
import { defaultLinkKnowledge, type LinkKnowledge } from "./knowledge.js";
import { MemoryState } from "./memory-state.js";
import type { KindRules } from "./units.js";

export class CorpusLinker {
  readonly #entities: KindRules<EntityData>;
  readonly #events: KindRules<EventData>;
  readonly #figures: KindRules<FigureData>;
  readonly #k: LinkKnowledge;
  readonly #state = {
    entities: new MemoryState<EntityData>(),
    events: new MemoryState<EventData>(),
    figures: new MemoryState<FigureData>(),
  };
  /** Entity unit → its `doc#name` refs, and document → the refs and units it added. */
  readonly #refs = new Map<string, Set<string>>();
  readonly #docs = new Map<string, { entityRefs: [string, string][]; events: string[]; figures: string[] }>();

  constructor(knowledge: LinkKnowledge = defaultLinkKnowledge()) {
    this.#k = knowledge;
    this.#entities = entityRules(knowledge);
    this.#events = eventRules(knowledge);
    this.#figures = figureRules();
  }

  /** Adds (or replaces) the reading of one document. */
  add(docId: string, reading: Reading): void {
    if (this.#docs.has(docId)) this.remove(docId);
    const units = readingUnits(docId, reading, this.#k);
    addUnits(
      this.#entities,
      this.#state.entities,
      units.entities.map(([, u]) => u),
    );
    for (const [ref, u] of units.entities) {
      const set = this.#refs.get(u.id) ?? new Set<string>();
      this.#refs.set(u.id, set);
      set.add(ref);
    }
    addUnits(this.#events, this.#state.events, units.events);
    addUnits(this.#figures, this.#state.figures, units.figures);
    this.#docs.set(docId, {
      entityRefs: units.entities.map(([ref, u]) => [ref, u.id]),
      events: units.events.map((u) => u.id),
      figures: units.figures.map((u) => u.id),
    });
  }

  /** Removes one document's refs and units; spellings no other document uses go with them. */
  remove(docId: string): void {
    const doc = this.#docs.get(docId);
    if (!doc) return;
    this.#docs.delete(docId);
    const orphans: string[] = [];
    for (const [ref, unitId] of doc.entityRefs) {
      const set = this.#refs.get(unitId);
      set?.delete(ref);
      if (set && set.size === 0) {
        this.#refs.delete(unitId);
        orphans.push(unitId);
      }
    }
    removeUnits(this.#entities, this.#state.entities, orphans);
    removeUnits(this.#events, this.#state.events, doc.events);
    removeUnits(this.#figures, this.#state.figures, doc.figures);
  }

  links(): Links {
    const entities = this.#state.entities;
    return {
      events: clusterGroups(this.#state.events.all()),
      figures: clusterGroups(this.#state.figures.all()),
      entities: entityGroups(
        entities.all(),
        (id) => [...(this.#refs.get(id) ?? [])],
        (key) => entities.withKey(key),
      ),
    };
  }
}

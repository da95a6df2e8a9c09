// One reading as the linker's units: entity spellings with their `doc#name` refs, events and figures.
import type { Reading } from "../model/reading.js";
import { type EntityData, entityUnitsOf, storyKeys } from "./entities.js";
import { type EventData, eventUnit } from "./events.js";
import { type FigureData, figureUnit } from "./figures.js";
import type { LinkKnowledge } from "./knowledge.js";
import type { Unit } from "./units.js";

export interface ReadingUnits {
  /** `doc#name` refs with the unit of their spelling. */
  readonly entities: readonly (readonly [string, Unit<EntityData>])[];
  readonly events: readonly Unit<EventData>[];
  readonly figures: readonly Unit<FigureData>[];
}

export function readingUnits(docId: string, reading: Reading, k: LinkKnowledge): ReadingUnits {
  const story = storyKeys(reading, k);
  return {
    entities: entityUnitsOf(docId, reading, k),
    events: reading.events.map((e) => eventUnit(docId, e, reading, story, k)),
    figures: reading.figures.map((f) => figureUnit(docId, f, story, k)),
  };
}

// Corpus-level linking: the same entity, event and figure across readings (`doc#id` / `doc#name`).
import type { Links, Reading } from "../model/reading.js";
import { CorpusLinker } from "./corpus.js";
import type { LinkKnowledge } from "./knowledge.js";

export const LINK_VERSION = "1.0.0";

/** Groups the same entity, event and figure across readings; a reading without `id` is named by its position. */
export function linkReadings(readings: readonly Reading[], knowledge?: LinkKnowledge): Links {
  const linker = new CorpusLinker(knowledge);
  readings.forEach((r, i) => {
    linker.add(r.id ?? String(i), r);
  });
  return linker.links();
}

// Corpus-level linking (first version): no groups yet; issue 5/6 links entities, events and figures.
import type { Links, Reading } from "../model/reading.js";
import { emptyLinks } from "../model/reading.js";

export const LINK_VERSION = "0.0.0";

/** Groups the same entity, event and figure across readings (`doc#id` / `doc#name`). */
export function linkReadings(_readings: readonly Reading[]): Links {
  return emptyLinks();
}

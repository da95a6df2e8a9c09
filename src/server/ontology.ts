// When a reviewer changes an event's type, its PLOVER and ACLED categories follow from the ontology data.
import { type EventLexicon, loadEventLexicon } from "../resources/event-lexicon.js";
import { defaultDataDir } from "../resources/resources.js";

let ontology: EventLexicon["ontology"] | undefined;

/** The changes, plus the PLOVER and ACLED categories of a changed type (unless the reviewer set them). */
export function ontologyChanges(changes: Record<string, unknown>): Record<string, unknown> {
  const type = changes.type;
  if (typeof type !== "string") return changes;
  ontology ??= loadEventLexicon(defaultDataDir()).ontology;
  const entry = ontology.get(type as never);
  return entry ? { plover: entry.plover, acled: entry.acled, ...changes } : changes;
}

// Events as export records: linked events (the same occurrence in several documents) become one record.
import type { ReviewedEvent } from "../store/store.js";

export interface EventRecord {
  /** The link id for linked events, else the event's ref. */
  readonly id: string;
  /** The event whose values the record shows: the first member in document-id order. */
  readonly main: ReviewedEvent;
  readonly members: readonly ReviewedEvent[];
  readonly documentIds: readonly string[];
}

/** Groups `events` by link id, keeping the order of each group's first member. */
export function eventRecords(events: readonly ReviewedEvent[]): EventRecord[] {
  const byId = new Map<string, ReviewedEvent[]>();
  for (const event of events) {
    const id = event.linkId ?? event.ref;
    byId.set(id, [...(byId.get(id) ?? []), event]);
  }
  return [...byId].map(([id, members]) => ({
    id,
    main: members[0] as ReviewedEvent,
    members,
    documentIds: [...new Set(members.map((m) => m.documentId))],
  }));
}

/** The places of an event that carry coordinates. */
export function locatedPlaces(event: ReviewedEvent["event"]) {
  return event.places.filter(
    (p): p is typeof p & { lat: number; lon: number } =>
      typeof p.lat === "number" && typeof p.lon === "number",
  );
}

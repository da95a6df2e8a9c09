// PLOVER event records (field names of the POLECAT codebook): what a reading can fill honestly.
import type { EventRecord } from "./groups.js";

/** One record; see src/export/README.md for the mapping and the fields left out. */
function ploverOf(record: EventRecord) {
  const { event } = record.main;
  const plover = (event.plover ?? {}) as { type?: string; mode?: string | null };
  const place = event.places[0];
  const date = event.date?.value ?? null;
  return {
    event_id: record.id,
    event_date: date && !date.startsWith("XXXX") ? date : null,
    event_type: plover.type ?? null,
    event_mode: plover.mode ?? null,
    contexts: [],
    actor_name: event.agent ?? null,
    recipient_name: event.patient ?? null,
    placename: place?.name ?? null,
    state: typeof place?.admin1 === "string" ? place.admin1 : null,
    country: place?.country ?? null,
    latitude: typeof place?.lat === "number" ? place.lat : null,
    longitude: typeof place?.lon === "number" ? place.lon : null,
    feature_type: place?.kind ?? null,
    event_text: event.evidence,
    story_ids: record.documentIds,
    attest: {
      refs: record.members.map((m) => m.ref),
      type: event.type,
      factuality: event.factuality,
      source_speaker: event.source ?? null,
      counts: event.counts,
      review: record.main.review?.status ?? null,
    },
  };
}

export function ploverJson(records: readonly EventRecord[]): string {
  return `${JSON.stringify(records.map(ploverOf), null, 2)}\n`;
}

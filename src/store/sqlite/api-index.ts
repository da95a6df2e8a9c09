// The API's index rows: each event with its reviewed values (filters, facets) and each entity under its key.
import type Database from "better-sqlite3";
import type { Entity, Event } from "../../model/reading.js";
import { prepared } from "./prepare.js";
import { anchorOf, applyReview, type ReviewQueries, reviewOfRow, reviewsByAnchor } from "./reviews.js";

/**
 * The key that names one entity across documents: its knowledge-base id when it has one, otherwise its
 * type, country and lower-cased name (so two countries' "National Security Committee" stay apart).
 */
export function entityKey(entity: Entity): string {
  const id = typeof entity.id === "string" ? entity.id : "";
  if (id.startsWith("kb:")) return id;
  const name = entity.name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
  return `${entity.type}:${entity.country ?? "-"}:${name}`;
}

/** Agent, patient and affiliation, lower-cased, one a line: what the `actor` filter searches. */
export function actorsOf(event: Event): string {
  return [event.agent, event.patient, event.affiliation]
    .filter((v): v is string => typeof v === "string" && v !== "")
    .map((v) => v.toLowerCase())
    .join("\n");
}

/** `2016-12` of a date with a known year and month; null otherwise. */
export function monthOf(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : null;
}

function countriesOf(event: Event): string[] {
  return [...new Set(event.places.map((p) => p.country).filter((c): c is string => typeof c === "string"))];
}

interface EventJson {
  ord: number;
  json: string;
}

export function prepareIndexQueries(db: Database.Database) {
  return {
    eventsOf: prepared<[string], EventJson>(
      db,
      "SELECT ord, json FROM events WHERE document_id = ? ORDER BY ord",
    ),
    eventAt: prepared<[string, number], EventJson>(
      db,
      "SELECT ord, json FROM events WHERE document_id = ? AND ord = ?",
    ),
    entitiesOf: prepared<[string], EventJson>(
      db,
      "SELECT ord, json FROM entities WHERE document_id = ? ORDER BY ord",
    ),
    deleteEvents: prepared<[string]>(db, "DELETE FROM event_index WHERE document_id = ?"),
    deleteEvent: prepared<[string, number]>(db, "DELETE FROM event_index WHERE document_id = ? AND ord = ?"),
    deleteEntities: prepared<[string]>(db, "DELETE FROM entity_index WHERE document_id = ?"),
    insertEvent: prepared(
      db,
      `INSERT INTO event_index (document_id, ord, item_id, type, date_value, month, source, factuality, actors,
         search, review_id, review)
       VALUES (@documentId, @ord, @itemId, @type, @dateValue, @month, @source, @factuality, @actors, @search,
         @reviewId, @review)`,
    ),
    insertCountry: prepared<[number | bigint, string, string]>(
      db,
      "INSERT INTO event_countries (event_seq, country, type) VALUES (?, ?, ?)",
    ),
    insertEntity: prepared(
      db,
      `INSERT INTO entity_index (document_id, ord, key, name, type, country, role, mentions, search)
       VALUES (@documentId, @ord, @key, @name, @type, @country, @role, @mentions, @search)`,
    ),
    unindexed: prepared<[], string>(
      db,
      `SELECT DISTINCT document_id FROM events AS e
         WHERE NOT EXISTS (SELECT 1 FROM event_index AS i WHERE i.document_id = e.document_id AND i.ord = e.ord)
         UNION SELECT DISTINCT document_id FROM entities AS n
         WHERE NOT EXISTS (SELECT 1 FROM entity_index AS i WHERE i.document_id = n.document_id AND i.ord = n.ord)`,
      true,
    ),
  };
}

export type IndexQueries = ReturnType<typeof prepareIndexQueries>;

/** Writes the index row (and country rows) of one event, with the review attached to it applied. */
function indexEvent(
  q: IndexQueries,
  documentId: string,
  row: EventJson,
  reviews: Map<string, ReturnType<ReviewQueries["byAnchor"]["get"]>>,
): void {
  const raw = JSON.parse(row.json) as Event;
  const reviewRow = reviews.get(anchorOf(raw)) ?? null;
  const review = reviewRow ? reviewOfRow(reviewRow) : null;
  const event = applyReview(raw, review);
  const { lastInsertRowid } = q.insertEvent.run({
    documentId,
    ord: row.ord,
    itemId: raw.id,
    type: event.type,
    dateValue: event.date?.value ?? null,
    month: monthOf(event.date?.value),
    source: event.source ?? null,
    factuality: event.factuality,
    actors: actorsOf(event),
    search: [raw.evidence, ...(raw.also ?? [])].join("\n"),
    reviewId: reviewRow?.id ?? null,
    review: review?.status ?? null,
  });
  for (const country of countriesOf(event)) q.insertCountry.run(lastInsertRowid, country, event.type);
}

/** Rebuilds a document's index rows from its stored rows and reviews (inside the caller's transaction). */
export function indexDocument(q: IndexQueries, rq: ReviewQueries, documentId: string): void {
  q.deleteEvents.run(documentId);
  q.deleteEntities.run(documentId);
  const reviews = reviewsByAnchor(rq, "event", documentId);
  for (const row of q.eventsOf.all(documentId)) indexEvent(q, documentId, row, reviews);
  for (const row of q.entitiesOf.all(documentId)) {
    const entity = JSON.parse(row.json) as Entity;
    const forms = [...new Set(entity.mentions)];
    q.insertEntity.run({
      documentId,
      ord: row.ord,
      key: entityKey(entity),
      name: entity.name,
      type: entity.type,
      country: entity.country ?? null,
      role: entity.role ?? null,
      mentions: JSON.stringify(forms),
      search: [entity.name, ...forms].join("\n").toLowerCase(),
    });
  }
}

/** Rebuilds one event's index row after a review of it. */
export function reindexEvent(q: IndexQueries, rq: ReviewQueries, documentId: string, ord: number): void {
  const row = q.eventAt.get(documentId, ord);
  q.deleteEvent.run(documentId, ord);
  if (row) indexEvent(q, documentId, row, reviewsByAnchor(rq, "event", documentId));
}

/** Indexes documents stored before the index existed (a store from an older version); returns how many. */
export function indexMissing(q: IndexQueries, rq: ReviewQueries): number {
  const missing = q.unindexed.all();
  for (const documentId of missing) indexDocument(q, rq, documentId);
  return missing.length;
}

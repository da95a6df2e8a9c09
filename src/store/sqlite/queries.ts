// Every SQL statement the SQLite store runs, prepared once when the store opens.
import type Database from "better-sqlite3";

/** A documents row as the summary and full-document queries return it. */
export interface DocumentRow {
  id: string;
  path: string;
  sha256: string;
  format: string;
  encoding: string;
  bytes: number;
  title: string | null;
  language: string | null;
  published: string | null;
  genre: string | null;
  ingested_at: string;
}

export interface FullDocumentRow extends DocumentRow {
  text: string;
  original: string;
  reading: string;
  pipeline: string;
}

export interface SummaryRow extends DocumentRow {
  events: number;
  entities: number;
  figures: number;
}

export interface EventJsonRow {
  document_id: string;
  json: string;
}

export interface StatsRow {
  documents: number;
  events: number;
  entities: number;
  figures: number;
}

const SUMMARY_COLUMNS =
  "id, path, sha256, format, encoding, bytes, title, language, published, genre, ingested_at";
const EVENTS = "SELECT document_id, json FROM events";
const EVENT_ORDER = "ORDER BY document_id, ord";

export function prepareQueries(db: Database.Database) {
  return {
    documentBySha: db.prepare<[string], { id: string; path: string }>(
      "SELECT id, path FROM documents WHERE sha256 = ?",
    ),
    documentByPath: db.prepare<[string], { id: string }>("SELECT id FROM documents WHERE path = ?"),
    documentById: db.prepare<[string], FullDocumentRow>(
      `SELECT ${SUMMARY_COLUMNS}, text, original, reading, pipeline FROM documents WHERE id = ?`,
    ),
    idTaken: db.prepare<[string], number>("SELECT 1 FROM documents WHERE id = ?").pluck(),
    shaStored: db.prepare<[string], number>("SELECT 1 FROM documents WHERE sha256 = ?").pluck(),
    deleteDocument: db.prepare<[string]>("DELETE FROM documents WHERE id = ?"),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, path, sha256, format, encoding, bytes, title, language, published, genre,
         text, original, reading, pipeline, ingested_at)
       VALUES (@id, @path, @sha256, @format, @encoding, @bytes, @title, @language, @published, @genre,
         @text, @original, @reading, @pipeline, @ingestedAt)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (document_id, ord, id, type, specific, date_value, source, factuality, evidence, json)
       VALUES (@documentId, @ord, @id, @type, @specific, @dateValue, @source, @factuality, @evidence, @json)`,
    ),
    insertEntity: db.prepare(
      `INSERT INTO entities (document_id, ord, name, type, country, json)
       VALUES (@documentId, @ord, @name, @type, @country, @json)`,
    ),
    insertFigure: db.prepare(
      `INSERT INTO figures (document_id, ord, id, value, qualifier, unit, as_of, source, evidence, json)
       VALUES (@documentId, @ord, @id, @value, @qualifier, @unit, @asOf, @source, @evidence, @json)`,
    ),
    listDocuments: db.prepare<[], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS},
         (SELECT count(*) FROM events WHERE document_id = d.id) AS events,
         (SELECT count(*) FROM entities WHERE document_id = d.id) AS entities,
         (SELECT count(*) FROM figures WHERE document_id = d.id) AS figures
       FROM documents AS d ORDER BY id`,
    ),
    allEvents: db.prepare<[], EventJsonRow>(`${EVENTS} ${EVENT_ORDER}`),
    eventsOfType: db.prepare<[string], EventJsonRow>(`${EVENTS} WHERE type = ? ${EVENT_ORDER}`),
    eventsOfDocument: db.prepare<[string], EventJsonRow>(`${EVENTS} WHERE document_id = ? ${EVENT_ORDER}`),
    eventsOfTypeAndDocument: db.prepare<[string, string], EventJsonRow>(
      `${EVENTS} WHERE type = ? AND document_id = ? ${EVENT_ORDER}`,
    ),
    stats: db.prepare<[], StatsRow>(
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,
         (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM figures) AS figures`,
    ),
  };
}

export type Queries = ReturnType<typeof prepareQueries>;

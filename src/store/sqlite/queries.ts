// Every SQL statement the SQLite store runs, prepared once when the store opens.
import type Database from "better-sqlite3";
import { storedFormat, storedGenre } from "../rows.js";
import type { DocumentSummary } from "../store.js";

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
  original: string | null;
  reading: string;
  pipeline: string;
}

export interface SummaryRow extends DocumentRow {
  events: number;
  entities: number;
  figures: number;
}

/** A listed document as the store hands it back (one mapping for every listing). */
export function summaryOf(row: SummaryRow, file: string): DocumentSummary {
  return {
    id: row.id,
    path: row.path,
    format: storedFormat(row.format, file),
    encoding: row.encoding,
    bytes: row.bytes,
    sha256: row.sha256,
    title: row.title,
    language: row.language,
    published: row.published,
    genre: storedGenre(row.genre),
    counts: { events: row.events, entities: row.entities, figures: row.figures },
    ingestedAt: row.ingested_at,
  };
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

/** The part of a prepared statement the store uses (a type of our own, so declaration files can name it). */
export interface Statement<P extends unknown[], R> {
  get(...params: P): R | undefined;
  all(...params: P): R[];
  run(...params: P): Database.RunResult;
}

/** Prepares one statement; `pluck` returns the first column instead of the row. */
function statement<P extends unknown[] = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
  pluck = false,
): Statement<P, R> {
  const prepared = db.prepare<P, R>(sql);
  return (pluck ? prepared.pluck() : prepared) as unknown as Statement<P, R>;
}

export function prepareQueries(db: Database.Database) {
  return {
    documentBySha: statement<[string], { id: string; path: string }>(
      db,
      "SELECT id, path FROM documents WHERE sha256 = ?",
    ),
    documentByPath: statement<[string], { id: string }>(db, "SELECT id FROM documents WHERE path = ?"),
    documentById: statement<[string], FullDocumentRow>(
      db,
      `SELECT ${SUMMARY_COLUMNS}, text, original, reading, pipeline FROM documents WHERE id = ?`,
    ),
    idTaken: statement<[string], number>(db, "SELECT 1 FROM documents WHERE id = ?", true),
    shaStored: statement<[string], number>(db, "SELECT 1 FROM documents WHERE sha256 = ?", true),
    deleteDocument: statement<[string]>(db, "DELETE FROM documents WHERE id = ?"),
    insertDocument: statement<[Record<string, unknown>], never>(
      db,
      `INSERT INTO documents (id, path, sha256, format, encoding, bytes, title, language, published, genre,
         text, original, reading, pipeline, ingested_at)
       VALUES (@id, @path, @sha256, @format, @encoding, @bytes, @title, @language, @published, @genre,
         @text, @original, @reading, @pipeline, @ingestedAt)`,
    ),
    insertEvent: statement<[Record<string, unknown>], never>(
      db,
      `INSERT INTO events (document_id, ord, id, type, specific, date_value, source, factuality, evidence, json)
       VALUES (@documentId, @ord, @id, @type, @specific, @dateValue, @source, @factuality, @evidence, @json)`,
    ),
    insertEntity: statement<[Record<string, unknown>], never>(
      db,
      `INSERT INTO entities (document_id, ord, name, type, country, json)
       VALUES (@documentId, @ord, @name, @type, @country, @json)`,
    ),
    insertFigure: statement<[Record<string, unknown>], never>(
      db,
      `INSERT INTO figures (document_id, ord, id, value, qualifier, unit, as_of, source, evidence, json)
       VALUES (@documentId, @ord, @id, @value, @qualifier, @unit, @asOf, @source, @evidence, @json)`,
    ),
    listDocuments: statement<[], SummaryRow>(
      db,
      `SELECT ${SUMMARY_COLUMNS},
         (SELECT count(*) FROM events WHERE document_id = d.id) AS events,
         (SELECT count(*) FROM entities WHERE document_id = d.id) AS entities,
         (SELECT count(*) FROM figures WHERE document_id = d.id) AS figures
       FROM documents AS d ORDER BY id`,
    ),
    allEvents: statement<[], EventJsonRow>(db, `${EVENTS} ${EVENT_ORDER}`),
    eventsOfType: statement<[string], EventJsonRow>(db, `${EVENTS} WHERE type = ? ${EVENT_ORDER}`),
    eventsOfDocument: statement<[string], EventJsonRow>(db, `${EVENTS} WHERE document_id = ? ${EVENT_ORDER}`),
    eventsOfTypeAndDocument: statement<[string, string], EventJsonRow>(
      db,
      `${EVENTS} WHERE type = ? AND document_id = ? ${EVENT_ORDER}`,
    ),
    stats: statement<[], StatsRow>(
      db,
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,
         (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM figures) AS figures`,
    ),
  };
}

export type Queries = ReturnType<typeof prepareQueries>;

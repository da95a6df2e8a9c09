// The backend-neutral Store: where readings are kept, and the records it hands back.
import type { SourceInfo } from "../model/document.js";
import type { Event, Genre, Reading } from "../model/reading.js";

/** One document as the pipeline hands it to the store. */
export interface DocumentInput {
  /** The file name without its extension; the store may suffix it when another document holds it. */
  readonly id: string;
  /** `source.sha256` is the document's identity; `source.path` says which file it came from. */
  readonly source: SourceInfo;
  /** The normalised text every span of the reading points into. */
  readonly text: string;
  /** The text the reader produced, before normalisation. */
  readonly original: string;
  readonly reading: Reading;
  /** Stage name → stage version, for the stages that made the reading. */
  readonly pipeline: Readonly<Record<string, string>>;
}

/**
 * What `putDocument` did.
 * - `added`: a new document. When its id is taken it is stored as `${id}-${sha256.slice(0, 8)}`, or
 *   with 16, 32 or all 64 hex digits when that is taken too (a document stored under it changed since).
 * - `replaced`: a known path with new content; the old document and its rows were replaced, same id.
 * - `unchanged`: the content (sha256) is already stored; nothing was written. `duplicateOf` is the
 *   stored id when the stored copy came from another path.
 */
export interface PutResult {
  readonly id: string;
  readonly status: "added" | "replaced" | "unchanged";
  readonly duplicateOf?: string;
}

/** How many rows of each kind a reading (or the whole store) has. */
export interface RowCounts {
  readonly events: number;
  readonly entities: number;
  readonly figures: number;
}

export interface StoreStats extends RowCounts {
  readonly documents: number;
}

/** One document as listed: its source, its headline metadata and how many rows its reading has. */
export interface DocumentSummary {
  readonly id: string;
  readonly path: string;
  readonly format: SourceInfo["format"];
  readonly encoding: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly title: string | null;
  readonly language: string | null;
  readonly published: string | null;
  readonly genre: Genre | null;
  readonly counts: RowCounts;
  /** When this content was stored, ISO 8601 (UTC). */
  readonly ingestedAt: string;
}

/** One document in full, as it was put (under the id the store gave it). */
export interface StoredDocument extends DocumentInput {
  /** When this content was stored, ISO 8601 (UTC). */
  readonly ingestedAt: string;
}

/** One event of one stored document. */
export interface StoredEvent {
  readonly documentId: string;
  readonly event: Event;
}

export interface EventFilter {
  readonly type?: string;
  readonly documentId?: string;
}

/**
 * Every backend implements this and passes `storeContract` (store.contract.ts). Methods are async so a
 * networked backend fits; failures reject with `AttestError` (`E_STORE`, or `E_READING_INVALID` for a
 * reading that does not follow the reading format).
 */
export interface Store {
  /** Stores one document and all its rows atomically: either all of it is written or none of it. */
  putDocument(input: DocumentInput): Promise<PutResult>;
  hasSha256(sha256: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Every document, ordered by id (code-point order, as SQLite BINARY and PostgreSQL COLLATE "C"). */
  listDocuments(): Promise<DocumentSummary[]>;
  /** Events in document-id order, then in their reading's order. */
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  stats(): Promise<StoreStats>;
  /** Releases the store; later calls reject with E_STORE. Closing twice is harmless. */
  close(): Promise<void>;
}

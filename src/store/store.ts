// The backend-neutral Store: where readings are kept, and the records it hands back.

import type { Conflict } from "../link/conflicts.js";
import type { SourceInfo } from "../model/document.js";
import type { Event, Figure, Genre, Links, Reading } from "../model/reading.js";

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

/** What a reviewer did to an event or figure; `changes` (the replaced fields) apply whatever the status. */
export type ReviewStatus = "accepted" | "edited" | "rejected";
export type ReviewAction = "accept" | "edit" | "reject";
export type ReviewKind = "event" | "figure";

export interface Review {
  readonly status: ReviewStatus;
  readonly reviewer: string;
  /** When the latest review action was taken, ISO 8601 (UTC). */
  readonly at: string;
  readonly changes: Record<string, unknown> | null;
}

export interface ReviewInput {
  readonly kind: ReviewKind;
  readonly documentId: string;
  readonly itemId: string;
  readonly action: ReviewAction;
  readonly reviewer: string;
  /** For `edit`: the fields to replace (merged over earlier changes). */
  readonly changes?: Record<string, unknown>;
}

/** One page of a longer list. */
export interface Page<T> {
  readonly total: number;
  readonly items: T[];
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** Filters of the events API; every one optional, repeated values of one filter are alternatives. */
export interface EventQuery {
  readonly types?: readonly string[];
  readonly countries?: readonly string[];
  /** Case-insensitive substring of the agent, patient or affiliation. */
  readonly actor?: string;
  readonly source?: string;
  readonly factualities?: readonly string[];
  /** ISO dates; partial dates compare by prefix (2016 overlaps 2016-12-21). */
  readonly from?: string;
  readonly to?: string;
  /** Full-text words over the evidence (and its `also` spans). */
  readonly q?: string;
  readonly reviewed?: "true" | "false" | ReviewStatus;
  readonly documentId?: string;
}

/** An event with its reviews applied and where it comes from; `ref` is `<documentId>#<itemId>`. */
export interface ReviewedEvent {
  readonly ref: string;
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly event: Event;
  readonly review: Review | null;
  /** The cross-document group of the same occurrence (`link:` + its first ref), null when alone. */
  readonly linkId: string | null;
}

export interface ReviewedFigure {
  readonly ref: string;
  readonly documentId: string;
  readonly figure: Figure;
  readonly review: Review | null;
}

export type FacetName = "type" | "country" | "factuality" | "source" | "reviewed";
/** Value → number of events, each facet counted under every filter but its own. */
export type Facets = Record<FacetName, Record<string, number>>;

export interface EventPage extends Page<ReviewedEvent> {
  readonly facets: Facets;
}

/** Events of one type in one month (`null`: no month-precise date with a year). */
export interface TimelineBucket {
  readonly period: string | null;
  readonly type: string;
  readonly count: number;
}

export interface EntityQuery extends PageRequest {
  readonly q?: string;
  readonly type?: string;
}

/** One entity across documents, under a key stable across re-ingests. */
export interface EntitySummary {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly aliases: string[];
  readonly documents: number;
  /** Surface forms summed over documents (each document lists each form once). */
  readonly mentions: number;
}

export interface EntityDetail extends Omit<EntitySummary, "documents" | "mentions"> {
  readonly roles: string[];
  readonly mentions: { documentId: string; name: string; mentions: string[] }[];
  readonly events: ReviewedEvent[];
  readonly sources: string[];
}

/** The reviews that attach to a document's current items, by item id. */
export interface DocumentReviews {
  readonly events: Record<string, Review>;
  readonly figures: Record<string, Review>;
}

/** One append-only audit record: the item as shown before and after a review action. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly reviewer: string;
  readonly kind: ReviewKind;
  readonly ref: string;
  readonly action: ReviewAction;
  readonly before: unknown;
  readonly after: unknown;
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
  /** Documents in id order, one page. */
  pageDocuments(page: PageRequest): Promise<Page<DocumentSummary>>;
  /** Events matching `query` (reviews applied) in document-id and reading order, one page, with facets. */
  queryEvents(query: EventQuery, page: PageRequest): Promise<EventPage>;
  /** Every event matching `query`, reviews applied (for exports). */
  reviewedEvents(query: EventQuery): Promise<ReviewedEvent[]>;
  eventTimeline(query: EventQuery): Promise<TimelineBucket[]>;
  listEntities(query: EntityQuery): Promise<Page<EntitySummary>>;
  getEntity(key: string): Promise<EntityDetail | null>;
  /** Every figure, reviews applied, in document-id and reading order. */
  listFigures(): Promise<ReviewedFigure[]>;
  documentReviews(documentId: string): Promise<DocumentReviews>;
  /**
   * Records a review of one item and appends it to the audit log. Rejects with E_NOT_FOUND when the
   * item is not stored and E_READING_INVALID when the changes break the reading format.
   */
  review(input: ReviewInput): Promise<Review>;
  /** The audit log, newest first. */
  auditLog(page: PageRequest): Promise<Page<AuditEntry>>;
  /** Corpus-wide links, kept up to date by `putDocument`: refs `documentId#itemId` and `documentId#name`. */
  links(): Promise<Links>;
  /** The discrepancies of the linked figures and events (updates, contradictions, event counts). */
  conflicts(): Promise<Conflict[]>;
  /** Releases the store; later calls reject with E_STORE. Closing twice is harmless. */
  close(): Promise<void>;
}

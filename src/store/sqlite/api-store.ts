// The SQLite store's API part: index upkeep, reviews with their audit log, and the API's reads.
import type Database from "better-sqlite3";
import type {
  AuditEntry,
  DocumentReviews,
  DocumentSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  EventPage,
  EventQuery,
  Page,
  PageRequest,
  Review,
  ReviewedEvent,
  ReviewedFigure,
  ReviewInput,
  TimelineBucket,
} from "../store.js";
import {
  type IndexQueries,
  indexDocument,
  indexMissing,
  prepareIndexQueries,
  reindexEvent,
} from "./api-index.js";
import * as api from "./api-queries.js";
import { getEntity, listEntities } from "./entity-queries.js";
import { auditPage, prepareReviewQueries, type ReviewQueries, writeReview } from "./reviews.js";

export class SqliteApi {
  readonly #file: string;
  readonly #iq: IndexQueries;
  readonly #rq: ReviewQueries;
  readonly #cache: api.StatementCache;
  readonly #review: Database.Transaction<(input: ReviewInput) => Review>;

  /** Prepares the API's statements and indexes any document stored before the index existed. */
  constructor(db: Database.Database, file: string) {
    this.#file = file;
    this.#iq = prepareIndexQueries(db);
    this.#rq = prepareReviewQueries(db);
    this.#cache = new api.StatementCache(db);
    this.#review = db.transaction((input: ReviewInput) => {
      const { review, ord } = writeReview(this.#rq, input);
      if (input.kind === "event") reindexEvent(this.#iq, this.#rq, input.documentId, ord);
      return review;
    });
    db.transaction(() => indexMissing(this.#iq, this.#rq)).immediate();
  }

  /** Rebuilds one document's index rows; called inside the transaction that stores the document. */
  indexDocument(documentId: string): void {
    indexDocument(this.#iq, this.#rq, documentId);
  }

  pageDocuments(page: PageRequest): Page<DocumentSummary> {
    return api.pageDocuments(this.#cache, page, this.#file);
  }

  queryEvents(query: EventQuery, page: PageRequest): EventPage {
    return api.queryEvents(this.#cache, query, page);
  }

  reviewedEvents(query: EventQuery): ReviewedEvent[] {
    return api.reviewedEvents(this.#cache, query);
  }

  eventTimeline(query: EventQuery): TimelineBucket[] {
    return api.eventTimeline(this.#cache, query);
  }

  listEntities(query: EntityQuery): Page<EntitySummary> {
    return listEntities(this.#cache, query);
  }

  getEntity(key: string): EntityDetail | null {
    return getEntity(this.#cache, key);
  }

  listFigures(): ReviewedFigure[] {
    return api.listFigures(this.#cache);
  }

  documentReviews(documentId: string): DocumentReviews {
    return api.documentReviews(this.#cache, this.#rq, documentId);
  }

  review(input: ReviewInput): Review {
    return this.#review.immediate(input);
  }

  auditLog(page: PageRequest): Page<AuditEntry> {
    return auditPage(this.#rq, page);
  }
}

// The SQLite store: one attest.db (WAL journal) in the store directory, behind the Store interface.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import Database from "better-sqlite3";
import { AttestError, asAttestError } from "../../errors.js";
import type { Conflict } from "../../link/conflicts.js";
import type { Links, Reading } from "../../model/reading.js";
import {
  checkedReading,
  documentColumns,
  entityRows,
  eventRows,
  figureRows,
  idCandidates,
  storedFormat,
} from "../rows.js";
import type {
  AuditEntry,
  DocumentInput,
  DocumentReviews,
  DocumentSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  EventFilter,
  EventPage,
  EventQuery,
  Page,
  PageRequest,
  PutResult,
  Review,
  ReviewedEvent,
  ReviewedFigure,
  ReviewInput,
  Store,
  StoredDocument,
  StoredEvent,
  StoreStats,
  TimelineBucket,
} from "../store.js";
import { SqliteApi } from "./api-store.js";
import { SqliteLinks } from "./links.js";
import { type EventJsonRow, prepareQueries, type Queries, summaryOf } from "./queries.js";
import { migrate } from "./schema.js";

/** The database file inside a store directory. */
export const DATABASE_FILE = "attest.db";

/** Opens the store in `dir`, creating the directory and its attest.db on first use. */
export async function openSqliteStore(dir: string): Promise<Store> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new AttestError("E_STORE", `the store directory cannot be created: ${why}`, dir, { cause: err });
  }
  const file = join(dir, DATABASE_FILE);
  return new SqliteStore(openDatabase(file), file);
}

/** Opens (or creates) the database file, sets its pragmas and brings its schema up to date. */
function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    const journal = db.pragma("journal_mode = WAL", { simple: true });
    if (journal !== "wal") {
      throw new AttestError(
        "E_STORE",
        `the database cannot use a write-ahead log (journal is "${journal}")`,
        file,
      );
    }
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db, file);
    return db;
  } catch (err) {
    db?.close();
    throw openError(err, file);
  }
}

function openError(err: unknown, file: string): AttestError {
  if (err instanceof AttestError) return err;
  const code = (err as { code?: unknown }).code;
  const why = err instanceof Error ? err.message : String(err);
  const reason =
    code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT"
      ? `not an Attest store: the file is not a SQLite database or is damaged (${why}); move it aside to start a new store`
      : `the store database cannot be opened: ${why}`;
  return new AttestError("E_STORE", reason, file, { cause: err });
}

class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #file: string;
  readonly #q: Queries;
  readonly #api: SqliteApi;
  readonly #links: SqliteLinks;
  readonly #put: Database.Transaction<(input: DocumentInput, reading: Reading) => PutResult>;

  constructor(db: Database.Database, file: string) {
    this.#db = db;
    this.#file = file;
    this.#q = prepareQueries(db);
    this.#api = new SqliteApi(db, file);
    this.#links = new SqliteLinks(db);
    this.#links.backfill();
    this.#put = db.transaction((input: DocumentInput, reading: Reading) => this.#putNow(input, reading));
  }

  async putDocument(input: DocumentInput): Promise<PutResult> {
    return this.#guard(() => this.#put.immediate(input, checkedReading(input)));
  }

  async hasSha256(sha256: string): Promise<boolean> {
    return this.#guard(() => this.#q.shaStored.get(sha256) !== undefined);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    return this.#guard(() => {
      const row = this.#q.documentById.get(id);
      if (!row) return null;
      return {
        id: row.id,
        source: {
          path: row.path,
          format: storedFormat(row.format, this.#file),
          encoding: row.encoding,
          bytes: row.bytes,
          sha256: row.sha256,
        },
        text: row.text,
        original: row.original ?? row.text,
        reading: JSON.parse(row.reading) as Reading,
        pipeline: JSON.parse(row.pipeline) as Record<string, string>,
        ingestedAt: row.ingested_at,
      };
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.#guard(() => this.#q.listDocuments.all().map((row) => summaryOf(row, this.#file)));
  }

  async listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return this.#guard(() =>
      this.#eventRows(filter).map((row) => ({ documentId: row.document_id, event: JSON.parse(row.json) })),
    );
  }

  async stats(): Promise<StoreStats> {
    return this.#guard(() => {
      const row = this.#q.stats.get();
      if (!row) throw new AttestError("E_STORE", "the store could not be counted", this.#file);
      return { ...row };
    });
  }

  async pageDocuments(page: PageRequest): Promise<Page<DocumentSummary>> {
    return this.#guard(() => this.#api.pageDocuments(page));
  }

  async queryEvents(query: EventQuery, page: PageRequest): Promise<EventPage> {
    return this.#guard(() => this.#api.queryEvents(query, page));
  }

  async reviewedEvents(query: EventQuery): Promise<ReviewedEvent[]> {
    return this.#guard(() => this.#api.reviewedEvents(query));
  }

  async eventTimeline(query: EventQuery): Promise<TimelineBucket[]> {
    return this.#guard(() => this.#api.eventTimeline(query));
  }

  async listEntities(query: EntityQuery): Promise<Page<EntitySummary>> {
    return this.#guard(() => this.#api.listEntities(query));
  }

  async getEntity(key: string): Promise<EntityDetail | null> {
    return this.#guard(() => this.#api.getEntity(key));
  }

  async listFigures(): Promise<ReviewedFigure[]> {
    return this.#guard(() => this.#api.listFigures());
  }

  async documentReviews(documentId: string): Promise<DocumentReviews> {
    return this.#guard(() => this.#api.documentReviews(documentId));
  }

  async review(input: ReviewInput): Promise<Review> {
    return this.#guard(() => this.#api.review(input));
  }

  async auditLog(page: PageRequest): Promise<Page<AuditEntry>> {
    return this.#guard(() => this.#api.auditLog(page));
  }

  async links(): Promise<Links> {
    return this.#guard(() => this.#links.links());
  }

  async conflicts(): Promise<Conflict[]> {
    return this.#guard(() => this.#links.conflicts());
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    try {
      this.#guard(() => this.#db.pragma("optimize"));
    } finally {
      this.#db.close();
    }
  }

  /** Runs one store operation: refuses a closed store, reports any failure as E_STORE. */
  #guard<T>(operation: () => T): T {
    if (!this.#db.open) throw new AttestError("E_STORE", "the store is closed", this.#file);
    try {
      return operation();
    } catch (err) {
      throw asAttestError(err, this.#file, "E_STORE");
    }
  }

  /** The rules of `putDocument`, inside its IMMEDIATE transaction. */
  #putNow(input: DocumentInput, reading: Reading): PutResult {
    const { sha256, path } = input.source;
    const stored = this.#q.documentBySha.get(sha256);
    if (stored) {
      return stored.path === path
        ? { id: stored.id, status: "unchanged" }
        : { id: stored.id, status: "unchanged", duplicateOf: stored.id };
    }
    const atPath = this.#q.documentByPath.get(path);
    if (atPath) {
      this.#links.remove(atPath.id);
      this.#q.deleteDocument.run(atPath.id);
      this.#insert(atPath.id, input, reading);
      this.#links.add(atPath.id, reading);
      return { id: atPath.id, status: "replaced" };
    }
    const id = idCandidates(input.id, sha256).find(
      (candidate) => this.#q.idTaken.get(candidate) === undefined,
    );
    if (id === undefined) throw new AttestError("E_STORE", `no free id for document "${input.id}"`, path);
    this.#insert(id, input, reading);
    this.#links.add(id, reading);
    return { id, status: "added" };
  }

  #insert(documentId: string, input: DocumentInput, reading: Reading): void {
    const q = this.#q;
    q.insertDocument.run({
      id: documentId,
      path: input.source.path,
      sha256: input.source.sha256,
      format: input.source.format,
      encoding: input.source.encoding,
      bytes: input.source.bytes,
      ...documentColumns(reading),
      text: input.text,
      original: input.original === input.text ? null : input.original,
      reading: JSON.stringify(reading),
      pipeline: JSON.stringify(input.pipeline),
      ingestedAt: new Date().toISOString(),
    });
    for (const row of eventRows(reading))
      q.insertEvent.run({ documentId, ...row, specific: row.specific ? 1 : 0 });
    for (const row of entityRows(reading)) q.insertEntity.run({ documentId, ...row });
    for (const row of figureRows(reading)) q.insertFigure.run({ documentId, ...row });
    this.#api.indexDocument(documentId);
  }

  #eventRows(filter: EventFilter): EventJsonRow[] {
    const { type, documentId } = filter;
    if (type !== undefined && documentId !== undefined)
      return this.#q.eventsOfTypeAndDocument.all(type, documentId);
    if (type !== undefined) return this.#q.eventsOfType.all(type);
    if (documentId !== undefined) return this.#q.eventsOfDocument.all(documentId);
    return this.#q.allEvents.all();
  }
}

// Opens the store a location names: today a directory holding a SQLite database.
import { AttestError } from "../errors.js";
import { openSqliteStore } from "./sqlite/store.js";
import type { Store } from "./store.js";

export type { Conflict, ConflictValue } from "../link/conflicts.js";
export type {
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
  FacetName,
  Facets,
  Page,
  PageRequest,
  PutResult,
  Review,
  ReviewAction,
  ReviewedEvent,
  ReviewedFigure,
  ReviewInput,
  ReviewKind,
  ReviewStatus,
  RowCounts,
  Store,
  StoredDocument,
  StoredEvent,
  StoreStats,
  TimelineBucket,
} from "./store.js";

/** Opens the store at `location`: a directory (SQLite, created on first use). */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // The URL is left out of the message: it may carry a password.
    throw new AttestError(
      "E_STORE",
      "PostgreSQL stores (postgres:// URLs) are not supported yet; give a directory",
    );
  }
  return openSqliteStore(location);
}

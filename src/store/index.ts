// Opens the store a location names: today a directory holding a SQLite database.
import { AttestError } from "../errors.js";
import { openSqliteStore } from "./sqlite/store.js";
import type { Store } from "./store.js";

export type {
  DocumentInput,
  DocumentSummary,
  EventFilter,
  PutResult,
  RowCounts,
  Store,
  StoredDocument,
  StoredEvent,
  StoreStats,
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

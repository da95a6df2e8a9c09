// Prepares one statement typed by the store's own Statement interface (so declaration files can name it).
import type Database from "better-sqlite3";
import type { Statement } from "./queries.js";

/** `pluck` returns the first column instead of the row. */
export function prepared<P extends unknown[] = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
  pluck = false,
): Statement<P, R> {
  const statement = db.prepare<P, R>(sql);
  return (pluck ? statement.pluck() : statement) as unknown as Statement<P, R>;
}

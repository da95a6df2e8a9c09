// The SQLite schema as numbered migrations, applied in order in one transaction and recorded once each.
import type Database from "better-sqlite3";
import { AttestError } from "../../errors.js";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Append only: a released migration is never edited, a change is a new migration. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents with their events, entities and figures",
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        title TEXT,
        language TEXT,
        published TEXT,
        genre TEXT,
        text TEXT NOT NULL,
        original TEXT, -- NULL when equal to text (most .txt files)
        reading TEXT NOT NULL,
        pipeline TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE events (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        specific INTEGER NOT NULL,
        date_value TEXT,
        source TEXT,
        factuality TEXT NOT NULL,
        evidence TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (document_id, ord)
      );
      CREATE INDEX events_by_type ON events (type, document_id, ord);
      CREATE INDEX events_by_date ON events (date_value);
      CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        json TEXT NOT NULL,
        PRIMARY KEY (document_id, ord)
      );
      CREATE INDEX entities_by_name ON entities (name);
      CREATE TABLE figures (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL,
        value REAL,
        qualifier TEXT NOT NULL,
        unit TEXT,
        as_of TEXT,
        source TEXT,
        evidence TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (document_id, ord)
      );
    `,
  },
  {
    version: 2,
    name: "full-text index over document titles and text",
    sql: `
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content = 'documents', content_rowid = 'seq'
      );
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
];

const MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`;

/**
 * Applies the migrations this database has not had yet, in version order, inside one IMMEDIATE
 * transaction (so two processes opening a new store do not both apply them). Returns the versions
 * applied now: empty when the schema was already current.
 */
export function migrate(db: Database.Database, file: string): number[] {
  const run = db.transaction((): number[] => {
    db.exec(MIGRATIONS_TABLE);
    const applied = new Set(db.prepare<[], number>("SELECT version FROM schema_migrations").pluck().all());
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new AttestError(
        "E_STORE",
        `the store was written by a newer version of Attest (schema ${newest}; this version knows up to ${known})`,
        file,
      );
    }
    const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    const pending = [...MIGRATIONS]
      .sort((a, b) => a.version - b.version)
      .filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return pending.map((m) => m.version);
  });
  return run.immediate();
}

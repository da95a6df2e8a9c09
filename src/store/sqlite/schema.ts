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
  {
    version: 3,
    name: "corpus-wide links: the linker's units, blocking keys, components and groups",
    sql: `
      CREATE TABLE link_units (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        doc TEXT, -- the document of an event or figure; NULL for entity spellings (see link_refs)
        comp INTEGER NOT NULL, -- connected component of the "related" graph
        grp TEXT NOT NULL, -- the group: the smallest unit id of the unit's cluster
        keys TEXT NOT NULL, -- JSON array of blocking keys
        data TEXT NOT NULL, -- JSON of the compact features the linker compares
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID;
      CREATE INDEX link_units_by_comp ON link_units (kind, comp);
      CREATE INDEX link_units_by_doc ON link_units (doc);
      CREATE TABLE link_keys (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (kind, key, id)
      ) WITHOUT ROWID;
      CREATE INDEX link_keys_by_id ON link_keys (kind, id);
      CREATE TABLE link_refs (
        document_id TEXT NOT NULL,
        ref TEXT NOT NULL, -- doc#name
        unit TEXT NOT NULL, -- the entity spelling unit
        PRIMARY KEY (document_id, ref)
      ) WITHOUT ROWID;
      CREATE INDEX link_refs_by_unit ON link_refs (unit);
      CREATE TABLE link_meta (kind TEXT PRIMARY KEY, next_comp INTEGER NOT NULL);
      INSERT INTO link_meta (kind, next_comp) VALUES ('entities', 1), ('events', 1), ('figures', 1);
    `,
  },
  {
    version: 4,
    name: "API indexes of events and entities with reviews applied; reviews and an append-only audit log",
    sql: `
      -- Reviews outlive the rows they review: a re-ingested document gets new rows, and a review attaches
      -- again to the item with the same anchor (the pipeline's type and whitespace-collapsed evidence).
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('event', 'figure')),
        document_id TEXT NOT NULL,
        anchor TEXT NOT NULL,
        item_id TEXT NOT NULL, -- the item's id when last reviewed (ids may shift on re-ingest)
        status TEXT NOT NULL CHECK (status IN ('accepted', 'edited', 'rejected')),
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        changes TEXT,
        UNIQUE (kind, document_id, anchor)
      );
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        kind TEXT NOT NULL,
        ref TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
      -- One row per event with its reviewed values, for filtering and facets.
      CREATE TABLE event_index (
        seq INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        type TEXT NOT NULL,
        date_value TEXT,
        month TEXT,
        source TEXT,
        factuality TEXT NOT NULL,
        actors TEXT NOT NULL, -- agent, patient, affiliation, lower-cased, one a line
        search TEXT NOT NULL, -- evidence and also spans
        review_id INTEGER REFERENCES reviews(id),
        review TEXT,
        UNIQUE (document_id, ord),
        FOREIGN KEY (document_id, ord) REFERENCES events(document_id, ord) ON DELETE CASCADE
      );
      CREATE INDEX event_index_by_type ON event_index (type, document_id, ord);
      CREATE INDEX event_index_by_factuality ON event_index (factuality, document_id, ord);
      CREATE INDEX event_index_by_source ON event_index (source);
      CREATE INDEX event_index_by_date ON event_index (date_value);
      CREATE INDEX event_index_by_review ON event_index (review);
      -- Each event's countries, with its type, so type and country filters meet in one index.
      CREATE TABLE event_countries (
        event_seq INTEGER NOT NULL REFERENCES event_index(seq) ON DELETE CASCADE,
        country TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (event_seq, country)
      );
      CREATE INDEX event_countries_by_country ON event_countries (country, type, event_seq);
      CREATE INDEX event_countries_by_type ON event_countries (type, country, event_seq);
      CREATE VIRTUAL TABLE event_fts USING fts5(
        search, content = 'event_index', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER event_fts_insert AFTER INSERT ON event_index BEGIN
        INSERT INTO event_fts (rowid, search) VALUES (new.seq, new.search);
      END;
      CREATE TRIGGER event_fts_delete AFTER DELETE ON event_index BEGIN
        INSERT INTO event_fts (event_fts, rowid, search) VALUES ('delete', old.seq, old.search);
      END;
      CREATE TRIGGER event_fts_update AFTER UPDATE OF search ON event_index BEGIN
        INSERT INTO event_fts (event_fts, rowid, search) VALUES ('delete', old.seq, old.search);
        INSERT INTO event_fts (rowid, search) VALUES (new.seq, new.search);
      END;
      -- One row per entity of a document under its cross-document key.
      CREATE TABLE entity_index (
        document_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        role TEXT,
        mentions TEXT NOT NULL, -- JSON array of surface forms
        search TEXT NOT NULL, -- name and mentions, lower-cased, one a line
        PRIMARY KEY (document_id, ord),
        FOREIGN KEY (document_id, ord) REFERENCES entities(document_id, ord) ON DELETE CASCADE
      );
      CREATE INDEX entity_index_by_key ON entity_index (key, document_id);
      CREATE INDEX entity_index_by_type ON entity_index (type, key);
      -- Whether a linked unit's group has other members (the events API's link ids), without a scan.
      CREATE INDEX link_units_by_group ON link_units (kind, grp);
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

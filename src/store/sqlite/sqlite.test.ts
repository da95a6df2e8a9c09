// Runs the Store contract on real SQLite files, then what only SQLite has: migrations, bad files, crashes.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../index.js";
import { sampleDocument } from "../samples.fixture.js";
import { isAttestError, storeContract } from "../store.contract.js";
import type { Store } from "../store.js";
import { MIGRATIONS, migrate } from "./schema.js";
import { DATABASE_FILE, openSqliteStore } from "./store.js";

let contractDir: string | undefined;
storeContract(
  "sqlite",
  async () => {
    contractDir ??= await mkdtemp(join(tmpdir(), "attest-store-"));
    return openSqliteStore(contractDir);
  },
  async () => {
    if (contractDir) await rm(contractDir, { recursive: true, force: true });
    contractDir = undefined;
  },
);

const made: string[] = [];
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "attest-sqlite-"));
  made.push(dir);
  return dir;
}

/** A second, plain connection to a store's database, for looking under the interface. */
function rawDatabase(dir: string, readonly = false): Database.Database {
  return new Database(join(dir, DATABASE_FILE), { readonly });
}

describe("SQLite store", () => {
  it("creates the directory and attest.db on first use, in WAL mode", async () => {
    const dir = join(await freshDir(), "nested", "store");
    await (await openSqliteStore(dir)).close();
    const raw = rawDatabase(dir, true);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    raw.close();
  });

  it("applies each migration once, in order; reopening applies none", async () => {
    const dir = await freshDir();
    await (await openSqliteStore(dir)).close();
    const raw = rawDatabase(dir);
    const rows = () =>
      raw.prepare("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").all();
    const first = rows();
    assert.deepEqual(
      first.map((r) => (r as { version: number }).version),
      MIGRATIONS.map((m) => m.version),
    );
    assert.deepEqual(migrate(raw, "attest.db"), []);
    await (await openSqliteStore(dir)).close();
    assert.deepEqual(rows(), first);
    raw.close();
  });

  it("refuses a database written by a newer schema, with E_STORE", async () => {
    const dir = await freshDir();
    await (await openSqliteStore(dir)).close();
    const raw = rawDatabase(dir);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'from the future', '2099-01-01')").run();
    raw.close();
    await assert.rejects(openSqliteStore(dir), (err) => {
      assert.ok(isAttestError("E_STORE")(err));
      assert.match(String((err as Error).message), /newer version of Attest/);
      return true;
    });
  });

  it("reports an attest.db that is not a database as E_STORE, naming the file", async () => {
    const dir = await freshDir();
    const file = join(dir, DATABASE_FILE);
    await writeFile(file, "This is a shopping list, not a database.\n".repeat(200));
    await assert.rejects(openSqliteStore(dir), (err) => {
      assert.ok(isAttestError("E_STORE")(err));
      assert.equal((err as { file?: string }).file, file);
      assert.match((err as Error).message, /not a SQLite database/);
      return true;
    });
  });

  it("reports a store directory that cannot be created as E_STORE", async () => {
    const file = join(await freshDir(), "a-file");
    await writeFile(file, "x");
    await assert.rejects(openSqliteStore(join(file, "store")), isAttestError("E_STORE"));
  });

  it("writes nothing of a document whose rows fail half-way through", async () => {
    const dir = await freshDir();
    const store = await openSqliteStore(dir);
    const raw = rawDatabase(dir);
    raw.exec(
      "CREATE TRIGGER fail_figures BEFORE INSERT ON figures BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const input = sampleDocument(1);
    await assert.rejects(store.putDocument(input), isAttestError("E_STORE"));
    assert.deepEqual(await store.stats(), { documents: 0, events: 0, entities: 0, figures: 0 });
    assert.equal(await store.hasSha256(input.source.sha256), false);
    raw.exec("DROP TRIGGER fail_figures");
    raw.close();
    assert.equal((await store.putDocument(input)).status, "added");
    await store.close();
  });

  it("keeps the full-text index in step with replaced documents", async () => {
    const dir = await freshDir();
    const store = await openSqliteStore(dir);
    await store.putDocument(sampleDocument(1));
    const raw = rawDatabase(dir, true);
    const match = raw
      .prepare<[string], string>(
        "SELECT d.id FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ?",
      )
      .pluck();
    assert.deepEqual(match.all('"edition 0" AND almaty'), ["doc-1"]);
    await store.putDocument(sampleDocument(1, { edition: 7 }));
    assert.deepEqual(match.all('"edition 0"'), []);
    assert.deepEqual(match.all('"edition 7"'), ["doc-1"]);
    raw.close();
    await store.close();
  });

  it("is what openStore opens for a directory; postgres:// is refused for now", async () => {
    const dir = await freshDir();
    const store = await openStore(dir);
    assert.equal((await store.putDocument(sampleDocument(1))).status, "added");
    await store.close();
    assert.equal((await (await openSqliteStore(dir)).stats()).documents, 1);
    await assert.rejects(openStore("postgres://user:secret@localhost/attest"), (err) => {
      assert.ok(isAttestError("E_STORE")(err));
      assert.doesNotMatch((err as Error).message, /secret/);
      return true;
    });
  });
});

const CRASH_WRITER = fileURLToPath(new URL("./crash-writer.fixture.ts", import.meta.url));
const CRASH_DOCUMENTS = 24;
const CRASH_EVENTS = 1500;
const CRASH_SIZE = {
  events: CRASH_EVENTS,
  entities: Math.ceil(CRASH_EVENTS / 3),
  figures: Math.ceil(CRASH_EVENTS / 6),
};

/**
 * Polls the database until another connection holds its write lock (a put is inside its transaction),
 * then calls `kill`. Probing with BEGIN IMMEDIATE and no busy timeout: SQLITE_BUSY means "locked".
 */
function killInsideTransaction(dir: string, kill: () => void, fail: (err: unknown) => void): void {
  const probe = new Database(join(dir, DATABASE_FILE), { timeout: 0 });
  const poll = () => {
    try {
      probe.exec("BEGIN IMMEDIATE");
      probe.exec("ROLLBACK");
      setTimeout(poll, 1);
    } catch (err) {
      probe.close();
      if ((err as { code?: string }).code === "SQLITE_BUSY") kill();
      else fail(err);
    }
  };
  poll();
}

/**
 * Runs the crash writer on `dir`; once it has reported `killAfter` puts, SIGKILLs it while a put is
 * inside its transaction. Returns the ids the writer reported written.
 */
function runCrashWriter(dir: string, killAfter: number): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const args = ["--import", "tsx", CRASH_WRITER, dir, String(CRASH_DOCUMENTS), String(CRASH_EVENTS)];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    const written = new Set<string>();
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const lines = (buffered + chunk).split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        written.add(`doc-${line.split(" ")[0]}`);
        if (written.size === killAfter) killInsideTransaction(dir, () => child.kill("SIGKILL"), reject);
      }
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (signal === "SIGKILL") resolve(written);
      else reject(new Error(`the crash writer ended by itself (exit ${code}) before it was killed`));
    });
  });
}

/** Every stored document has exactly the rows its reading lists: no half-written document. */
async function assertWholeDocuments(store: Store, dir: string): Promise<string[]> {
  const raw = rawDatabase(dir, true);
  assert.equal(raw.pragma("integrity_check", { simple: true }), "ok");
  assert.deepEqual(raw.pragma("foreign_key_check"), []);
  const rowsOf = (table: string, id: string) =>
    raw
      .prepare<[string], string>(`SELECT json FROM ${table} WHERE document_id = ? ORDER BY ord`)
      .pluck()
      .all(id)
      .map((json) => JSON.parse(json));
  const ids: string[] = [];
  for (const summary of await store.listDocuments()) {
    const reading = (await store.getDocument(summary.id))?.reading;
    assert.ok(reading);
    assert.deepEqual(rowsOf("events", summary.id), reading.events);
    assert.deepEqual(rowsOf("entities", summary.id), reading.entities);
    assert.deepEqual(rowsOf("figures", summary.id), reading.figures);
    ids.push(summary.id);
  }
  raw.close();
  return ids;
}

describe("SQLite store after a SIGKILL mid-ingest", () => {
  it("holds only whole documents, and rewriting them all completes the set without duplicates", async () => {
    const dir = await freshDir();
    const reported = new Set<string>();
    for (const killAfter of [3, 9]) {
      for (const id of await runCrashWriter(dir, killAfter)) reported.add(id);
      const store = await openSqliteStore(dir);
      const stored = await assertWholeDocuments(store, dir);
      const prefix = Array.from({ length: stored.length }, (_, n) => `doc-${n}`);
      assert.deepEqual([...stored].sort(), prefix.sort(), "the documents written are 0..k-1, in order");
      for (const id of reported) assert.ok(stored.includes(id), `${id} was reported written but is missing`);
      assert.ok(stored.length < CRASH_DOCUMENTS, "the writer was killed before it finished");
      await store.close();
    }
    const store = await openSqliteStore(dir);
    const before = (await store.stats()).documents;
    const statuses = [];
    for (let n = 0; n < CRASH_DOCUMENTS; n++) {
      const result = await store.putDocument(sampleDocument(n, { size: CRASH_SIZE }));
      assert.equal(result.id, `doc-${n}`);
      statuses.push(result.status);
    }
    assert.equal(statuses.filter((s) => s === "unchanged").length, before);
    const all = Array.from({ length: CRASH_DOCUMENTS }, (_, n) => `doc-${n}`).sort();
    assert.deepEqual((await assertWholeDocuments(store, dir)).sort(), all);
    assert.deepEqual(await store.stats(), {
      documents: CRASH_DOCUMENTS,
      events: CRASH_DOCUMENTS * CRASH_SIZE.events,
      entities: CRASH_DOCUMENTS * CRASH_SIZE.entities,
      figures: CRASH_DOCUMENTS * CRASH_SIZE.figures,
    });
    await store.close();
  });
});

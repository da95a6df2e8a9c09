// Corpus-wide links in the real SQLite store: equal to linking the stored readings at once, updated when a
// document is put or replaced, kept across reopening, and the conflicts they show.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { linkReadings } from "../../link/link.js";
import { arrestReports, entity, figure, reading } from "../../link/readings.fixture.js";
import type { Reading } from "../../model/reading.js";
import { sha256Of } from "../samples.fixture.js";
import type { DocumentInput } from "../store.js";
import { DATABASE_FILE, openSqliteStore } from "./store.js";

const made: string[] = [];
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "attest-links-"));
  made.push(dir);
  return dir;
}

function input(r: Reading, edition = 0): DocumentInput {
  const text = `Document ${r.id}, edition ${edition}.`;
  return {
    id: r.id as string,
    source: {
      path: `news/${r.id}.txt`,
      format: "text",
      encoding: "utf-8",
      bytes: text.length,
      sha256: sha256Of(text),
    },
    text,
    original: text,
    reading: r,
    pipeline: { link: "test" },
  };
}

const killed = (id: string, value: number, asOf: string) =>
  reading(id, {
    entities: [entity("Rustam Aliev", "person", "KG"), entity("Osh", "location", "KG")],
    figures: [
      figure("f1", {
        value,
        subject: "Kyrgyz nationals killed in Syria",
        evidence: `${value} Kyrgyz nationals were killed in Syria`,
        as_of: { value: asOf },
      }),
    ],
  });

describe("SQLite store links", () => {
  it("puts documents one by one and holds the links of the whole corpus", async () => {
    const dir = await freshDir();
    const store = await openSqliteStore(dir);
    const readings = [...arrestReports(), killed("k1", 22, "2016-02"), killed("k2", 40, "2016-04")];
    for (const r of readings) await store.putDocument(input(r));
    const links = await store.links();
    assert.deepEqual(links, linkReadings(readings));
    assert.deepEqual(links.events, [["a1#e1", "a2#e1"]]);
    assert.deepEqual(
      (await store.conflicts()).map((c) => c.kind),
      ["update"],
    );
    await store.close();
    const again = await openSqliteStore(dir);
    assert.deepEqual(await again.links(), links, "links are kept across reopening");
    await again.close();
  });

  it("updates the links when a document is replaced (same path, new content)", async () => {
    const store = await openSqliteStore(await freshDir());
    const [a1, a2] = arrestReports() as [Reading, Reading];
    await store.putDocument(input(a1));
    await store.putDocument(input(a2));
    assert.equal((await store.links()).events.length, 1);
    const withoutEvents = { ...a2, events: [] };
    assert.equal((await store.putDocument(input(withoutEvents, 1))).status, "replaced");
    assert.deepEqual(await store.links(), linkReadings([a1, withoutEvents]));
    assert.deepEqual((await store.links()).events, []);
    await store.close();
  });

  it("links documents stored before the link tables existed when the store opens", async () => {
    const dir = await freshDir();
    const store = await openSqliteStore(dir);
    const readings = arrestReports();
    for (const r of readings) await store.putDocument(input(r));
    await store.close();
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.exec("DELETE FROM link_units; DELETE FROM link_keys; DELETE FROM link_refs");
    raw.close();
    const reopened = await openSqliteStore(dir);
    assert.deepEqual(await reopened.links(), linkReadings(readings));
    await reopened.close();
  });
});

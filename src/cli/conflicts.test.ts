// `attest conflicts` on a real store: a table by default, JSON with --json, and help that names the kinds.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { after, describe, it } from "node:test";
import { attest, tempDir } from "../../test/cli-helpers.js";
import { entity, event, figure, reading } from "../link/readings.fixture.js";
import type { Reading } from "../model/reading.js";
import { sha256Of } from "../store/samples.fixture.js";
import { openSqliteStore } from "../store/sqlite/store.js";

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const story = [entity("Rustam Aliev", "person", "KG"), entity("Osh", "location", "KG")];
const report = (id: string, killed: number, asOf: string): Reading =>
  reading(id, {
    entities: story,
    figures: [
      figure("f1", {
        value: killed,
        subject: "Kyrgyz nationals killed in Syria",
        evidence: `${killed} Kyrgyz nationals were killed in Syria`,
        as_of: { value: asOf },
        source: `source of ${id}`,
      }),
    ],
    events: [
      event("e1", {
        type: "attack",
        date: { value: "2019-06-05" },
        places: [{ name: "Aktobe", kind: "city", country: "KZ" }],
        counts: { killed: { value: id === "a" ? 8 : 11, qualifier: "exact" } },
      }),
    ],
  });

async function storeWith(readings: Reading[]): Promise<string> {
  const dir = tempDir("conflicts");
  dirs.push(dir);
  const store = await openSqliteStore(dir);
  for (const r of readings) {
    const text = `Document ${r.id}.`;
    const source = {
      path: `${r.id}.txt`,
      format: "text" as const,
      encoding: "utf-8",
      bytes: 12,
      sha256: sha256Of(text),
    };
    await store.putDocument({ id: r.id as string, source, text, original: text, reading: r, pipeline: {} });
  }
  await store.close();
  return dir;
}

describe("attest conflicts", () => {
  it("prints the store's conflicts as JSON and as a table", async () => {
    const dir = await storeWith([report("a", 22, "2016-02"), report("b", 40, "2016-04")]);
    const json = attest(["conflicts", "--data", dir, "--json"]);
    assert.equal(json.code, 0, json.stderr);
    const conflicts = JSON.parse(json.stdout) as { kind: string; values: { ref: string }[] }[];
    assert.deepEqual(conflicts.map((c) => c.kind).sort(), ["event_counts", "update"]);
    assert.deepEqual(
      conflicts.find((c) => c.kind === "update")?.values.map((v) => v.ref),
      ["a#f1", "b#f1"],
    );
    const table = attest(["conflicts", "--data", dir]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /update/);
    assert.match(table.stdout, /source of b, as of 2016-04/);
    assert.match(table.stdout, /2 conflicts\n$/);
  });
  it("says so when there are none", async () => {
    const dir = await storeWith([]);
    const r = attest(["conflicts", "--data", dir]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 conflicts/);
  });
  it("--help names the kinds and the options", () => {
    const r = attest(["conflicts", "--help"]);
    for (const word of ["contradiction", "update", "event_counts", "--json", "--data"])
      assert.ok(r.stdout.includes(word), word);
  });
});

// A killed ingest leaves a consistent store, and a re-run completes it without duplicates.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "../src/store/index.js";
import { attest, attestAsync, tempDir } from "./cli-helpers.js";

const TOTAL = 3000;

it("kill -9 mid-ingest, then resume: every document once, none half-written", async () => {
  const root = tempDir("resume");
  const corpus = join(root, "corpus");
  const data = join(root, "data");
  mkdirSync(corpus);
  for (let i = 0; i < TOTAL; i++) {
    writeFileSync(
      join(corpus, `doc${String(i).padStart(5, "0")}.txt`),
      `Report ${i}\n\nPolice detained ${i} people in the city on Monday, officials said.\n`,
    );
  }
  const child = attestAsync(["ingest", corpus, "--data", data], { stdio: "ignore" });
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  let stored = 0;
  for (let tries = 0; tries < 3000 && stored < 100; tries++) {
    await sleep(20);
    try {
      const store = await openStore(data);
      stored = (await store.stats()).documents;
      await store.close();
    } catch {
      // the database may not exist yet
    }
  }
  child.kill("SIGKILL");
  await exited;

  const store = await openStore(data);
  const atKill = await store.listDocuments();
  assert.ok(
    atKill.length >= 100 && atKill.length < TOTAL,
    `killed mid-run (${atKill.length} of ${TOTAL} stored)`,
  );
  for (const d of atKill) {
    const doc = await store.getDocument(d.id);
    assert.ok(doc?.reading && doc.text.length > 0, `${d.id} is complete`);
  }
  await store.close();

  const rerun = attest(["ingest", corpus, "--data", data]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(
    rerun.stderr,
    new RegExp(`\\(${TOTAL - atKill.length} added, 0 replaced, ${atKill.length} unchanged\\), 0 failed`),
  );
  const after = await openStore(data);
  const docs = await after.listDocuments();
  await after.close();
  assert.equal(docs.length, TOTAL);
  assert.equal(new Set(docs.map((d) => d.sha256)).size, TOTAL);
});

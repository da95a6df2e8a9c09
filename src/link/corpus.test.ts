// The incremental linker gives the batch's groups whatever order documents come in, after every step,
// and after a document is replaced or removed.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Reading } from "../model/reading.js";
import { CorpusLinker } from "./corpus.js";
import { linkReadings } from "./link.js";
import { arrestReports } from "./readings.fixture.js";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const examples: Reading[] = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()
  .map((f) => ({ ...JSON.parse(readFileSync(join(EXAMPLES, f), "utf8")), id: f.slice(0, -10) }));
const corpus = [...examples, ...arrestReports()];

describe("CorpusLinker", () => {
  const batch = linkReadings(corpus);
  it("finds links in the examples (the test would be empty otherwise)", () => {
    assert.ok(batch.events.length > 0 && batch.entities.length > 0 && batch.figures.length > 0);
  });
  it("any insertion order gives the batch's groups, and every prefix gives the batch of that prefix", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length }), (order) => {
        const linker = new CorpusLinker();
        order.forEach((r, i) => {
          linker.add(r.id as string, r);
          if (i === 2) assert.deepEqual(linker.links(), linkReadings(order.slice(0, 3)));
        });
        assert.deepEqual(linker.links(), batch);
      }),
      { numRuns: 12 },
    );
  });
  it("removing and replacing a document gives the batch without it, then with the new reading", () => {
    const linker = new CorpusLinker();
    for (const r of corpus) linker.add(r.id as string, r);
    const [gone, ...rest] = corpus as [Reading, ...Reading[]];
    linker.remove(gone.id as string);
    assert.deepEqual(linker.links(), linkReadings(rest));
    const changed = { ...gone, events: [], figures: [] };
    linker.add(gone.id as string, changed);
    linker.add(gone.id as string, changed);
    assert.deepEqual(linker.links(), linkReadings([...rest, changed]));
  });
});

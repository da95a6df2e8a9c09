// Part of the Store contract: random sequences of puts against a plain in-memory model of the rules.
import assert from "node:assert/strict";
import { it } from "node:test";
import fc from "fast-check";
import { sampleDocument } from "./samples.fixture.js";
import type { DocumentInput, PutResult, Store } from "./store.js";

interface ModelDocument {
  readonly id: string;
  readonly path: string;
  readonly sha256: string;
}

/** The rules of `putDocument`, written as plainly as possible, over a map from id to document. */
function modelPut(model: Map<string, ModelDocument>, input: DocumentInput): PutResult {
  const { sha256, path } = input.source;
  const docs = [...model.values()];
  const same = docs.find((d) => d.sha256 === sha256);
  if (same) {
    return same.path === path
      ? { id: same.id, status: "unchanged" }
      : { id: same.id, status: "unchanged", duplicateOf: same.id };
  }
  const atPath = docs.find((d) => d.path === path);
  if (atPath) {
    model.set(atPath.id, { id: atPath.id, path, sha256 });
    return { id: atPath.id, status: "replaced" };
  }
  // id-sha8 can be taken too: by a document stored under it whose file has since changed.
  const candidates = [8, 16, 32, 64].map((length) => `${input.id}-${sha256.slice(0, length)}`);
  const id = [input.id, ...candidates].find((candidate) => !model.has(candidate)) ?? "";
  model.set(id, { id, path, sha256 });
  return { id, status: "added" };
}

/** One put: which content (0–3), at which path (0–2), under which id (0–1). */
const putArbitrary = fc.record({
  content: fc.nat({ max: 3 }),
  path: fc.nat({ max: 2 }),
  id: fc.nat({ max: 1 }),
});

/** Runs share one store; each run's names and texts are its own, so runs cannot meet. */
function runInput(run: number, put: { content: number; path: number; id: number }): DocumentInput {
  const size = { events: put.content, entities: 1, figures: put.content % 2 };
  return sampleDocument(run, {
    edition: put.content,
    path: `run-${run}/p${put.path}.txt`,
    id: `run-${run}-d${put.id}`,
    size,
  });
}

async function checkRun(store: Store, run: number, puts: { content: number; path: number; id: number }[]) {
  const model = new Map<string, ModelDocument>();
  for (const put of puts) {
    const input = runInput(run, put);
    assert.deepEqual(await store.putDocument(input), modelPut(model, input));
  }
  const prefix = `run-${run}-`;
  const stored = (await store.listDocuments()).filter((d) => d.id.startsWith(prefix));
  const expected = [...model.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(
    stored.map((d) => ({ id: d.id, path: d.path, sha256: d.sha256 })),
    expected,
  );
  for (const summary of stored) {
    const doc = await store.getDocument(summary.id);
    const events = await store.listEvents({ documentId: summary.id });
    assert.deepEqual(
      events.map((e) => e.event),
      doc?.reading.events,
    );
    assert.equal(summary.counts.figures, doc?.reading.figures.length);
  }
}

export function putSequenceProperty(open: () => Promise<Store>): void {
  it("follows the put rules for any sequence of puts (model-based)", async () => {
    const store = await open();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(putArbitrary, { minLength: 1, maxLength: 10 }), async (puts) => {
          run += 1;
          await checkRun(store, run, puts);
        }),
        { numRuns: 60 },
      );
    } finally {
      await store.close();
    }
  });
}

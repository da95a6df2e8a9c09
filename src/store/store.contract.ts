// The Store contract: one suite of node:test tests that every backend runs against a real database.
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { AttestError, type ErrorCode } from "../errors.js";
import type { Reading } from "../model/reading.js";
import { putSequenceProperty } from "./put-model.contract.js";
import { SMALL, sampleDocument } from "./samples.fixture.js";
import type { DocumentInput, Store } from "./store.js";

/** Opens the store under test: calls within one test reach the same data. */
export type OpenStore = () => Promise<Store>;

export function isAttestError(code: ErrorCode): (err: unknown) => boolean {
  return (err) => err instanceof AttestError && err.code === code;
}

/** Opens a store, runs `body` on it and closes it, even when `body` fails. */
async function using(open: OpenStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

/**
 * Registers the contract for one backend. `open` must give an empty store at the start of every
 * test; `cleanup` runs after each test and removes what that test's opens made.
 */
export function storeContract(name: string, open: OpenStore, cleanup?: () => Promise<void>): void {
  describe(`Store contract: ${name}`, () => {
    if (cleanup) afterEach(cleanup);
    putRules(open);
    queries(open);
    lifecycle(open);
    putSequenceProperty(open);
  });
}

function putRules(open: OpenStore): void {
  it("adds a new document and gives it back as it was put", () =>
    using(open, async (store) => {
      const input = sampleDocument(1);
      const reading = {
        ...input.reading,
        extra: { kept: true },
        events: input.reading.events.map((e) => ({ ...e, note: "loose fields survive" })),
      } as Reading;
      const before = Date.now();
      assert.deepEqual(await store.putDocument({ ...input, reading }), { id: "doc-1", status: "added" });
      const stored = await store.getDocument("doc-1");
      assert.ok(stored);
      const { ingestedAt, ...rest } = stored;
      assert.deepEqual(rest, { ...input, reading });
      assert.match(ingestedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      assert.ok(Date.parse(ingestedAt) >= before - 1000 && Date.parse(ingestedAt) <= Date.now() + 1000);
      assert.equal(await store.hasSha256(input.source.sha256), true);
    }));

  it("gives back the original text when it equals the normalised text", () =>
    using(open, async (store) => {
      const input = sampleDocument(2);
      await store.putDocument({ ...input, original: input.text });
      assert.equal((await store.getDocument("doc-2"))?.original, input.text);
    }));

  it("leaves the same content at the same path unchanged and writes nothing", () =>
    using(open, async (store) => {
      const input = sampleDocument(1);
      await store.putDocument(input);
      const before = { docs: await store.listDocuments(), stats: await store.stats() };
      const again = { ...input, id: "another-name", reading: { ...input.reading, events: [] } };
      assert.deepEqual(await store.putDocument(again), { id: "doc-1", status: "unchanged" });
      assert.deepEqual({ docs: await store.listDocuments(), stats: await store.stats() }, before);
      assert.deepEqual((await store.getDocument("doc-1"))?.reading, input.reading);
    }));

  it("reports the same content at another path as a duplicate of the stored id", () =>
    using(open, async (store) => {
      await store.putDocument(sampleDocument(1));
      const copy = sampleDocument(1, { id: "copy", path: "elsewhere/copy.txt" });
      assert.deepEqual(await store.putDocument(copy), {
        id: "doc-1",
        status: "unchanged",
        duplicateOf: "doc-1",
      });
      assert.deepEqual(
        (await store.listDocuments()).map((d) => d.path),
        ["news/doc-1.txt"],
      );
      assert.equal(await store.getDocument("copy"), null);
    }));

  it("replaces a changed file at a stored path, with all its rows, under the same id", () =>
    using(open, async (store) => {
      const first = sampleDocument(1, { size: { events: 3, entities: 3, figures: 2 } });
      const changed = sampleDocument(1, { edition: 1, size: { events: 1, entities: 2, figures: 0 } });
      await store.putDocument(first);
      await store.putDocument(sampleDocument(2));
      assert.deepEqual(await store.putDocument(changed), { id: "doc-1", status: "replaced" });
      assert.equal(await store.hasSha256(first.source.sha256), false);
      assert.equal(await store.hasSha256(changed.source.sha256), true);
      const stored = await store.getDocument("doc-1");
      assert.deepEqual(
        [stored?.text, stored?.source, stored?.reading],
        [changed.text, changed.source, changed.reading],
      );
      const events = await store.listEvents({ documentId: "doc-1" });
      assert.deepEqual(
        events.map((e) => e.event),
        changed.reading.events,
      );
      assert.deepEqual(await store.stats(), { documents: 2, events: 1 + 2, entities: 2 + 2, figures: 0 + 1 });
    }));

  it("stores new content at a new path under id-sha8 when its id is taken", () =>
    using(open, async (store) => {
      await store.putDocument(sampleDocument(1));
      const other = sampleDocument(1, { edition: 2, path: "archive/doc-1.txt" });
      const suffixed = `doc-1-${other.source.sha256.slice(0, 8)}`;
      assert.deepEqual(await store.putDocument(other), { id: suffixed, status: "added" });
      assert.equal((await store.getDocument(suffixed))?.source.path, "archive/doc-1.txt");
      assert.equal((await store.getDocument("doc-1"))?.source.path, "news/doc-1.txt");
      assert.deepEqual(
        (await store.listDocuments()).map((d) => d.id),
        ["doc-1", suffixed],
      );
    }));

  it("uses a longer sha256 suffix when id-sha8 is held by a document whose file changed since", () =>
    using(open, async (store) => {
      await store.putDocument(sampleDocument(1));
      const second = sampleDocument(1, { edition: 1, path: "archive/doc-1.txt" });
      const sha8 = `doc-1-${second.source.sha256.slice(0, 8)}`;
      assert.equal((await store.putDocument(second)).id, sha8);
      await store.putDocument(sampleDocument(1, { edition: 2, path: "archive/doc-1.txt" }));
      const third = sampleDocument(1, { edition: 1, path: "mirror/doc-1.txt" });
      const sha16 = `doc-1-${third.source.sha256.slice(0, 16)}`;
      assert.deepEqual(await store.putDocument(third), { id: sha16, status: "added" });
      assert.equal((await store.getDocument(sha16))?.source.path, "mirror/doc-1.txt");
    }));

  it("refuses a reading that does not follow the format and writes nothing", () =>
    using(open, async (store) => {
      const input = sampleDocument(1);
      const events = [{ ...input.reading.events[0], factuality: "maybe" }];
      const bad = { ...input, reading: { ...input.reading, events } } as unknown as DocumentInput;
      await assert.rejects(store.putDocument(bad), isAttestError("E_READING_INVALID"));
      assert.deepEqual(await store.stats(), { documents: 0, events: 0, entities: 0, figures: 0 });
    }));

  it("stores a reading with no events, entities or figures", () =>
    using(open, async (store) => {
      const input = sampleDocument(1, { size: { events: 0, entities: 0, figures: 0 } });
      assert.equal((await store.putDocument(input)).status, "added");
      assert.deepEqual((await store.listDocuments())[0]?.counts, { events: 0, entities: 0, figures: 0 });
      assert.deepEqual(await store.listEvents(), []);
    }));
}

function queries(open: OpenStore): void {
  it("starts empty", () =>
    using(open, async (store) => {
      assert.deepEqual(await store.stats(), { documents: 0, events: 0, entities: 0, figures: 0 });
      assert.deepEqual(await store.listDocuments(), []);
      assert.deepEqual(await store.listEvents(), []);
      assert.equal(await store.getDocument("doc-1"), null);
      assert.equal(await store.hasSha256("0".repeat(64)), false);
    }));

  it("summarises every document in id order", () =>
    using(open, async (store) => {
      const inputs = [sampleDocument(2, { size: { events: 4, entities: 1, figures: 3 } }), sampleDocument(1)];
      for (const input of inputs) await store.putDocument(input);
      const summaries = await store.listDocuments();
      assert.deepEqual(
        summaries.map(({ ingestedAt, ...rest }) => rest),
        [inputs[1], inputs[0]].map((input) => ({
          id: input?.id,
          ...input?.source,
          title: input?.reading.document.title,
          language: "en",
          published: "2016-12-26",
          genre: "news",
          counts: {
            events: input?.reading.events.length,
            entities: input?.reading.entities.length,
            figures: input?.reading.figures.length,
          },
        })),
      );
    }));

  it("lists events with their document, filtered by type, document or both", () =>
    using(open, async (store) => {
      const size = { ...SMALL, events: 15 };
      const inputs = [sampleDocument(1, { size }), sampleDocument(2, { size })];
      for (const input of inputs) await store.putDocument(input);
      const all = inputs.flatMap((input) =>
        input.reading.events.map((event) => ({ documentId: input.id, event })),
      );
      assert.deepEqual(await store.listEvents(), all);
      const arrests = all.filter((e) => e.event.type === "arrest");
      assert.ok(arrests.length >= 2);
      assert.deepEqual(await store.listEvents({ type: "arrest" }), arrests);
      assert.deepEqual(
        await store.listEvents({ documentId: "doc-2" }),
        all.filter((e) => e.documentId === "doc-2"),
      );
      const both = arrests.filter((e) => e.documentId === "doc-2");
      assert.deepEqual(await store.listEvents({ type: "arrest", documentId: "doc-2" }), both);
      assert.deepEqual(await store.listEvents({ type: "no-such-type" }), []);
    }));

  it("counts documents, events, entities and figures", () =>
    using(open, async (store) => {
      await store.putDocument(sampleDocument(1, { size: { events: 3, entities: 4, figures: 5 } }));
      await store.putDocument(sampleDocument(2, { size: { events: 1, entities: 0, figures: 2 } }));
      await store.putDocument(sampleDocument(2));
      assert.deepEqual(await store.stats(), { documents: 2, events: 4, entities: 4, figures: 7 });
    }));
}

function lifecycle(open: OpenStore): void {
  it("keeps documents across close and reopen", async () => {
    const input = sampleDocument(1);
    await using(open, async (store) => {
      await store.putDocument(input);
    });
    await using(open, async (store) => {
      assert.deepEqual((await store.getDocument("doc-1"))?.reading, input.reading);
      assert.deepEqual(await store.putDocument(input), { id: "doc-1", status: "unchanged" });
    });
  });

  it("refuses calls once closed, with E_STORE; closing twice is harmless", async () => {
    const store = await open();
    await store.close();
    await store.close();
    await assert.rejects(store.putDocument(sampleDocument(1)), isAttestError("E_STORE"));
    await assert.rejects(store.stats(), isAttestError("E_STORE"));
    await assert.rejects(store.listEvents(), isAttestError("E_STORE"));
  });
}

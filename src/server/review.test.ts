// Review over HTTP: accept, edit, reject, the audit log, and reviews surviving a re-ingest of a changed document.
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ingest } from "../cli/ingest.js";
import { makeWorld, type World } from "./server.fixture.js";

let world: World;
before(async () => {
  world = await makeWorld();
});
after(() => world.close());

const DOC = "003_46d1d6ec2f76990a";

async function review(kind: "events" | "figures", ref: string, body: object, status = 200) {
  const [documentId, itemId] = ref.split("#");
  const r = await world.app.inject({
    method: "POST",
    url: `/api/review/${kind}/${documentId}/${itemId}`,
    payload: body,
  });
  assert.equal(r.statusCode, status, r.body);
  return r.json();
}

async function event(ref: string) {
  const { items } = (
    await world.app.inject(`/api/events?limit=500&document=${ref.split("#")[0]}`)
  ).json() as {
    items: { ref: string; event: Record<string, unknown>; review: { status: string } | null }[];
  };
  return items.find((e) => e.ref === ref);
}

describe("review", () => {
  it("accepts an event and records who and when", async () => {
    const { review: r } = await review("events", `${DOC}#e1`, { action: "accept", reviewer: "ana" });
    assert.equal(r.status, "accepted");
    assert.equal(r.reviewer, "ana");
    assert.ok(Date.parse(r.at) > 0);
    assert.equal((await event(`${DOC}#e1`))?.review?.status, "accepted");
  });

  it("edits an event: the changes apply on read, filters see them, PLOVER and ACLED follow the type", async () => {
    const before = await event(`${DOC}#e2`);
    assert.ok(before);
    await review("events", `${DOC}#e2`, {
      action: "edit",
      reviewer: "ben",
      changes: { type: "protest", agent: "students" },
    });
    const after = await event(`${DOC}#e2`);
    assert.equal(after?.event.type, "protest");
    assert.equal(after?.event.agent, "students");
    assert.equal((after?.event.plover as { type: string } | undefined)?.type, "PROTEST");
    assert.equal(after?.review?.status, "edited");
    const protests = (await world.app.inject(`/api/events?type=protest&document=${DOC}`)).json();
    assert.ok(protests.items.some((e: { ref: string }) => e.ref === `${DOC}#e2`));
    const edited = (await world.app.inject("/api/events?reviewed=edited")).json();
    assert.deepEqual(
      edited.items.map((e: { ref: string }) => e.ref),
      [`${DOC}#e2`],
    );
    const doc = (await world.app.inject(`/api/documents/${DOC}`)).json();
    assert.equal(doc.reading.events.find((e: { id: string }) => e.id === "e2").agent, "students");
  });

  it("rejects an event and a figure", async () => {
    const { review: r } = await review("events", "000_fe2841f2d4f3f1a8#e1", {
      action: "reject",
      reviewer: "ana",
    });
    assert.equal(r.status, "rejected");
    const figures = (await world.app.inject("/api/figures?limit=500")).json();
    const figure = figures.groups[0].figures[0];
    await review("figures", figure.ref, { action: "reject", reviewer: "ana" });
    const again = (await world.app.inject("/api/figures?limit=500")).json();
    const same = again.groups
      .flatMap((g: { figures: { ref: string }[] }) => g.figures)
      .find((f: { ref: string }) => f.ref === figure.ref);
    assert.equal(same.review.status, "rejected");
    const facets = (await world.app.inject("/api/events")).json().facets.reviewed;
    assert.deepEqual(
      { accepted: facets.accepted, edited: facets.edited, rejected: facets.rejected },
      { accepted: 1, edited: 1, rejected: 1 },
    );
  });

  it("refuses bad reviews: 400 for a bad edit or body, 404 for an unknown item", async () => {
    const bad = [
      { action: "edit", reviewer: "ana", changes: { type: "picnic" } },
      { action: "edit", reviewer: "ana", changes: { evidence: "words the text never had" } },
      { action: "edit", reviewer: "ana", changes: { no_such_field: 1 } },
      { action: "edit", reviewer: "ana", changes: { acled: "zzz" } },
      { action: "edit", reviewer: "ana", changes: { plover: { type: 5 } } },
      { action: "edit", reviewer: "ana" },
      { action: "approve", reviewer: "ana" },
      { action: "accept", reviewer: "" },
      { action: "accept" },
    ];
    for (const body of bad) {
      const r = await review("events", `${DOC}#e1`, body, 400);
      assert.match(r.error.code, /^E_/);
    }
    const missing = await review("events", `${DOC}#e999`, { action: "accept", reviewer: "ana" }, 404);
    assert.equal(missing.error.code, "E_NOT_FOUND");
  });

  it("keeps an append-only audit log, newest first, with the item before and after", async () => {
    const log = (await world.app.inject("/api/audit?limit=500")).json();
    assert.equal(log.total, 4);
    const seqs = log.items.map((i: { seq: number }) => i.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a: number, b: number) => b - a),
    );
    const edit = log.items.find((i: { action: string }) => i.action === "edit");
    assert.equal(edit.reviewer, "ben");
    assert.equal(edit.ref, `${DOC}#e2`);
    assert.notEqual(edit.before.item.type, "protest");
    assert.equal(edit.after.item.type, "protest");
    assert.equal(edit.before.review, null);
  });
});

describe("reviews and re-ingest", () => {
  it("keep their place when a changed document is ingested again; vanish from view when the item goes", async () => {
    const file = join(world.corpus, `${DOC}.txt`);
    appendFileSync(file, "\n\nA paragraph added later, which states no event.\n");
    let summary = await ingest(world.store, [world.corpus]);
    assert.equal(summary.replaced, 1);
    assert.equal((await event(`${DOC}#e1`))?.review?.status, "accepted");
    const e2 = await event(`${DOC}#e2`);
    assert.equal(e2?.event.type, "protest");
    assert.equal(e2?.review?.status, "edited");

    // the edited event's sentence goes: its review attaches to nothing, the audit log keeps it
    const evidence = String((await world.store.getDocument(DOC))?.reading.events[1]?.evidence);
    const text = readFileSync(file, "utf8");
    const at = text.indexOf(evidence.split(" ")[0] as string);
    assert.ok(at >= 0);
    writeFileSync(
      file,
      text.replace(new RegExp(`[^.\\n]*${evidence.split(" ").slice(0, 3).join("\\s+")}[^.]*\\.`), ""),
    );
    summary = await ingest(world.store, [world.corpus]);
    assert.equal(summary.replaced, 1);
    const edited = (await world.app.inject("/api/events?reviewed=edited")).json();
    assert.equal(edited.total, 0);
    assert.equal((await event(`${DOC}#e1`))?.review?.status, "accepted");
    assert.equal((await world.app.inject("/api/audit")).json().total, 4);
  });
});

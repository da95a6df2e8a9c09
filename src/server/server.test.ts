// The HTTP API end to end: real Fastify over a real SQLite store holding the examples, read by the pipeline.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Event } from "../model/reading.js";
import { CONTENT_SECURITY_POLICY } from "./headers.js";
import { linkIds } from "./links.js";
import { makeWorld, type World } from "./server.fixture.js";

let world: World;
before(async () => {
  world = await makeWorld();
});
after(() => world.close());

interface ApiEventJson {
  ref: string;
  documentId: string;
  event: Event;
  review: { status: string; changes: Record<string, unknown> | null } | null;
  linkId: string | null;
}
interface EventsJson {
  total: number;
  items: ApiEventJson[];
  facets: Record<string, Record<string, number>>;
}

async function get<T = unknown>(url: string, status = 200): Promise<T> {
  const r = await world.app.inject(url);
  assert.equal(r.statusCode, status, `${url}: ${r.body.slice(0, 300)}`);
  return r.json() as T;
}

function assertErrorShape(body: unknown, code: string): void {
  const { error } = body as { error: { code: string; message: string } };
  assert.equal(error.code, code);
  assert.ok(error.message.length > 0);
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("stats and documents", () => {
  it("counts what the store holds", async () => {
    assert.deepEqual(await get("/api/stats"), await world.store.stats());
  });

  it("pages documents in id order", async () => {
    const all = await get<{ total: number; items: { id: string }[] }>("/api/documents?limit=500");
    assert.equal(all.total, 5);
    const page = await get<{ total: number; items: { id: string }[] }>("/api/documents?limit=2&offset=3");
    assert.deepEqual(
      page.items.map((d) => d.id),
      all.items.slice(3, 5).map((d) => d.id),
    );
  });

  it("gives one document with its reading and spans that point at the evidence", async () => {
    const doc = await get<{
      summary: { id: string; counts: { events: number } };
      text: string;
      reading: { events: Event[] };
      spans: Record<string, { start: number; end: number; ref?: string; key?: string; name?: string }[]>;
    }>("/api/documents/003_46d1d6ec2f76990a");
    assert.equal(doc.summary.id, "003_46d1d6ec2f76990a");
    assert.equal(doc.summary.counts.events, doc.reading.events.length);
    assert.ok((doc.spans.events ?? []).length >= doc.reading.events.length);
    for (const span of doc.spans.events ?? []) {
      const event = doc.reading.events.find((e) => `003_46d1d6ec2f76990a#${e.id}` === span.ref);
      assert.ok(event, span.ref);
      const snippets = [event.evidence, ...(event.also ?? [])].map(collapse);
      assert.ok(snippets.includes(collapse(doc.text.slice(span.start, span.end))));
    }
    for (const span of doc.spans.entities ?? []) {
      assert.ok(span.key && span.name);
      assert.ok(doc.text.slice(span.start, span.end).length > 0);
    }
  });

  it("answers 404 with the error shape for an unknown document", async () => {
    assertErrorShape(await get("/api/documents/no-such-doc", 404), "E_NOT_FOUND");
  });
});

describe("events", () => {
  it("lists every event by default, 50 a page, with facets", async () => {
    const all = await get<EventsJson>("/api/events");
    const stats = await world.store.stats();
    assert.equal(all.total, stats.events);
    assert.equal(all.items.length, Math.min(50, stats.events));
    const byType = Object.values(all.facets.type ?? {}).reduce((a, b) => a + b, 0);
    assert.equal(byType, stats.events);
    assert.equal(all.facets.reviewed?.unreviewed, stats.events);
  });

  it("filters by type (repeatable), country, factuality, actor, document and full text", async () => {
    const all = (await get<EventsJson>("/api/events?limit=500")).items;
    const expect = async (query: string, keep: (e: ApiEventJson) => boolean) => {
      const got = await get<EventsJson>(`/api/events?limit=500&${query}`);
      const want = all.filter(keep).map((e) => e.ref);
      assert.ok(want.length > 0, `${query} should match something in the examples`);
      assert.deepEqual(
        got.items.map((e) => e.ref),
        want,
        query,
      );
      assert.equal(got.total, want.length);
    };
    await expect("type=arrest", (e) => e.event.type === "arrest");
    await expect("type=arrest&type=protest", (e) => ["arrest", "protest"].includes(e.event.type));
    await expect("country=KZ", (e) => e.event.places.some((p) => p.country === "KZ"));
    await expect(
      "type=arrest&country=KG",
      (e) => e.event.type === "arrest" && e.event.places.some((p) => p.country === "KG"),
    );
    await expect("factuality=asserted", (e) => e.event.factuality === "asserted");
    await expect("document=003_46d1d6ec2f76990a", (e) => e.documentId === "003_46d1d6ec2f76990a");
    const actor = all.find((e) => e.event.agent)?.event.agent as string;
    const needle = actor.slice(0, 6).toUpperCase();
    await expect(`actor=${encodeURIComponent(needle)}`, (e) =>
      [e.event.agent, e.event.patient, e.event.affiliation].some((v) =>
        v?.toLowerCase().includes(needle.toLowerCase()),
      ),
    );
    await expect("q=detain", (e) => /\bdetain/i.test([e.event.evidence, ...(e.event.also ?? [])].join(" ")));
  });

  it("gives each event the link id of its cross-document group, as the store's links say", async () => {
    const { items } = await get<EventsJson>("/api/events?limit=500");
    const ids = linkIds((await world.store.links()).events);
    assert.ok(ids.size > 0, "the examples have linked events");
    for (const e of items) assert.equal(e.linkId, ids.get(e.ref) ?? null, e.ref);
  });

  it("counts each facet under the other filters only", async () => {
    const r = await get<EventsJson>("/api/events?type=arrest");
    const all = await get<EventsJson>("/api/events");
    assert.deepEqual(r.facets.type, all.facets.type);
    assert.equal(
      Object.values(r.facets.factuality ?? {}).reduce((a, b) => a + b, 0),
      r.total,
    );
  });

  it("filters by date with partial dates compared by prefix", async () => {
    const all = (await get<EventsJson>("/api/events?limit=500")).items;
    const dated = all.filter((e) => /^\d{4}/.test(e.event.date?.value ?? ""));
    assert.ok(dated.length > 0);
    const year = String(dated[0]?.event.date?.value).slice(0, 4);
    const got = await get<EventsJson>(`/api/events?limit=500&from=${year}&to=${year}-12-31`);
    assert.deepEqual(
      got.items.map((e) => e.ref),
      dated.filter((e) => e.event.date?.value?.startsWith(year)).map((e) => e.ref),
    );
  });

  it("pages: limit and offset walk the same order", async () => {
    const all = (await get<EventsJson>("/api/events?limit=500")).items.map((e) => e.ref);
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 4) {
      pages.push(...(await get<EventsJson>(`/api/events?limit=4&offset=${offset}`)).items.map((e) => e.ref));
    }
    assert.deepEqual(pages, all);
  });

  it("refuses bad queries with 400 and the error shape", async () => {
    for (const q of [
      "limit=0",
      "limit=501",
      "offset=-1",
      "type=picnic",
      "from=yesterday",
      "reviewed=maybe",
      "country=kz",
    ]) {
      assertErrorShape(await get(`/api/events?${q}`, 400), "E_BAD_REQUEST");
    }
  });

  it("gives a monthly timeline that adds up to the filtered total", async () => {
    const { buckets } = await get<{ buckets: { period: string | null; type: string; count: number }[] }>(
      "/api/events/timeline?type=arrest",
    );
    const total = (await get<EventsJson>("/api/events?type=arrest")).total;
    assert.equal(
      buckets.reduce((n, b) => n + b.count, 0),
      total,
    );
    for (const b of buckets) {
      assert.equal(b.type, "arrest");
      assert.ok(b.period === null || /^\d{4}-\d{2}$/.test(b.period));
    }
  });
});

describe("entities, figures, conflicts", () => {
  it("lists entities across documents and finds them by mention", async () => {
    const list = await get<{ total: number; items: { key: string; name: string; documents: number }[] }>(
      "/api/entities?limit=500",
    );
    assert.ok(list.total > 10);
    const shared = list.items.find((e) => e.documents > 1);
    assert.ok(shared, "some entity occurs in several documents");
    const found = await get<{ items: { key: string }[] }>(
      `/api/entities?q=${encodeURIComponent(shared.name.toLowerCase())}`,
    );
    assert.ok(found.items.some((e) => e.key === shared.key));
    const people = await get<{ items: { type: string }[] }>("/api/entities?type=person");
    assert.ok(people.items.every((e) => e.type === "person"));
  });

  it("gives one entity with its mentions by document, and 404 for an unknown key", async () => {
    const { items } = await get<{ items: { key: string; documents: number }[] }>("/api/entities?limit=5");
    const first = items[0] as { key: string; documents: number };
    const entity = await get<{ key: string; mentions: { documentId: string }[]; events: unknown[] }>(
      `/api/entities/${encodeURIComponent(first.key)}`,
    );
    assert.equal(entity.key, first.key);
    assert.equal(new Set(entity.mentions.map((m) => m.documentId)).size, first.documents);
    assert.ok(Array.isArray(entity.events));
    assertErrorShape(await get("/api/entities/person%3A-%3Anobody", 404), "E_NOT_FOUND");
  });

  it("gives an entity only the events that name one of its forms as whole words", async () => {
    const { items } = await get<{ items: { key: string }[] }>("/api/entities?limit=500");
    for (const { key } of items) {
      const entity = await get<{
        mentions: { name: string; mentions: string[] }[];
        events: { event: { agent?: string | null; patient?: string | null; affiliation?: string | null } }[];
      }>(`/api/entities/${encodeURIComponent(key)}`);
      const forms = entity.mentions.flatMap((m) => [m.name, ...m.mentions]).filter((f) => f.length > 1);
      for (const { event } of entity.events) {
        const actors = [event.agent, event.patient, event.affiliation].filter(Boolean).join(" | ");
        const named = forms.some((f) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`,
            "iu",
          ).test(actors),
        );
        assert.ok(named, `${key}: "${actors}" names none of ${JSON.stringify(forms)}`);
      }
    }
  });

  it("groups figures (a figure in no group is a group of one) and lists conflicts", async () => {
    const stats = await world.store.stats();
    const r = await get<{ total: number; groups: { groupId: string; figures: { ref: string }[] }[] }>(
      "/api/figures?limit=500",
    );
    assert.equal(
      r.groups.reduce((n, g) => n + g.figures.length, 0),
      stats.figures,
    );
    assert.equal(r.total, r.groups.length);
    assert.ok(Array.isArray((await get<{ items: unknown[] }>("/api/conflicts")).items));
  });
});

describe("headers, UI and OpenAPI", () => {
  it("sends the CSP and the other security headers on every kind of response", async () => {
    for (const url of [
      "/api/stats",
      "/api/nothing-here",
      "/api/events?limit=0",
      "/",
      "/assets/app.js",
      "/events/x",
    ]) {
      const r = await world.app.inject(url);
      assert.equal(r.headers["content-security-policy"], CONTENT_SECURITY_POLICY, url);
      assert.equal(r.headers["x-content-type-options"], "nosniff", url);
      assert.equal(r.headers["referrer-policy"], "no-referrer", url);
    }
  });

  it("serves the UI, index.html for UI paths, and 404 JSON for unknown API paths", async () => {
    const root = await world.app.inject("/");
    assert.equal(root.statusCode, 200);
    assert.match(root.body, /<title>UI<\/title>/);
    assert.equal((await world.app.inject("/assets/app.js")).body, "console.log('ui');\n");
    const deep = await world.app.inject("/documents/003_46d1d6ec2f76990a");
    assert.equal(deep.statusCode, 200);
    assert.match(deep.body, /<title>UI<\/title>/);
    assertErrorShape(await get("/api/nothing-here", 404), "E_NOT_FOUND");
  });

  it("documents every route in /api/openapi.json", async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      "/api/openapi.json",
    );
    assert.equal(doc.openapi, "3.1.0");
    const routes = [
      "get /api/openapi.json",
      "get /api/stats",
      "get /api/documents",
      "get /api/documents/{id}",
      "get /api/events",
      "get /api/events/timeline",
      "get /api/entities",
      "get /api/entities/{key}",
      "get /api/figures",
      "get /api/conflicts",
      "post /api/review/events/{documentId}/{itemId}",
      "post /api/review/figures/{documentId}/{itemId}",
      "get /api/audit",
      "get /api/export",
    ];
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    assert.deepEqual(listed.sort(), routes.sort());
    const events = doc.paths["/api/events"]?.get as { parameters: { name: string }[] };
    assert.ok(
      ["type", "country", "limit", "offset", "q"].every((n) => events.parameters.some((p) => p.name === n)),
    );
  });
});

// Exports parse back: RFC 4180 CSV with ACLED's columns, JSON lines, GeoJSON, PLOVER JSON; over HTTP too.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { makeWorld, parseCsv, type World } from "../server/server.fixture.js";
import { ACLED_COLUMNS } from "./acled-csv.js";
import { csvCell, csvLine } from "./csv.js";
import { exportEvents } from "./index.js";

describe("CSV cells", () => {
  const rows: [unknown, string][] = [
    ["plain words", "plain words"],
    ["a, b", '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555", "'+1 555"],
    ["-rm", "'-rm"],
    ["@home", "'@home"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    [-3.5, "-3.5"],
    [null, ""],
    [undefined, ""],
  ];
  for (const [value, cell] of rows)
    it(`${JSON.stringify(value)} → ${cell}`, () => assert.equal(csvCell(value), cell));

  it("parses back to the values, a formula shown as text", () => {
    const line = csvLine(["a,b", 'q"q', "x\r\ny", "=1+1"]);
    assert.deepEqual(parseCsv(line), [["a,b", 'q"q', "x\r\ny", "'=1+1"]]);
  });
});

describe("exports of the examples", () => {
  let world: World;
  before(async () => {
    world = await makeWorld();
  });
  after(() => world.close());

  it("acled-csv: a header of ACLED's columns and one well-formed record per event", async () => {
    const { body } = await exportEvents(world.store, "acled-csv");
    const rows = parseCsv(body);
    assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
    const events = await world.store.reviewedEvents({});
    const records = new Set(events.map((e) => e.linkId ?? e.ref));
    assert.equal(rows.length - 1, records.size);
    const col = (name: string) => ACLED_COLUMNS.indexOf(name as never);
    // a linked event is one record listing every document of its group
    for (const linked of events.filter((e) => e.linkId)) {
      const row = rows.find((r) => r[col("attest_event_id")] === linked.linkId);
      assert.ok(row, linked.ref);
      assert.ok((row[col("document_ids")] as string).split(";").includes(linked.documentId));
    }
    for (const row of rows.slice(1)) {
      assert.equal(row.length, ACLED_COLUMNS.length);
      assert.match(row[col("attest_event_id")] as string, /^(link:)?[\w-]+#e\d+$/);
      assert.match(row[col("factuality")] as string, /^(asserted|reported|alleged|disputed)$/);
      assert.ok((row[col("evidence")] as string).length > 0);
      const date = row[col("event_date")] as string;
      assert.ok(date === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date), date);
      const lat = row[col("latitude")] as string;
      assert.ok(lat === "" || Number.isFinite(Number(lat)));
      for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell), `unguarded cell ${cell}`);
    }
  });

  it("jsonl: one API event per line", async () => {
    const { body } = await exportEvents(world.store, "jsonl");
    const lines = body
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, (await world.store.stats()).events);
    for (const l of lines) assert.ok(l.ref && l.documentId && l.event.type && "linkId" in l);
  });

  it("geojson: a FeatureCollection of events with valid coordinates", async () => {
    const { body } = await exportEvents(world.store, "geojson");
    const fc = JSON.parse(body);
    assert.equal(fc.type, "FeatureCollection");
    assert.ok(fc.features.length > 0);
    for (const f of fc.features) {
      assert.equal(f.type, "Feature");
      const points = f.geometry.type === "Point" ? [f.geometry.coordinates] : f.geometry.coordinates;
      assert.ok(["Point", "MultiPoint"].includes(f.geometry.type));
      for (const [lon, lat] of points) assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
      assert.ok(f.properties.evidence && f.properties.type);
    }
  });

  it("plover-json: PLOVER categories for each record", async () => {
    const { body } = await exportEvents(world.store, "plover-json");
    const records = JSON.parse(body);
    const events = await world.store.reviewedEvents({});
    assert.equal(records.length, new Set(events.map((e) => e.linkId ?? e.ref)).size);
    for (const r of records) {
      assert.match(r.event_type, /^[A-Z]+$/);
      assert.ok(r.event_text && Array.isArray(r.story_ids));
    }
  });

  it("reviewed-only keeps accepted and edited events; a rejected event is never exported", async () => {
    const post = (ref: string, action: string) =>
      world.app.inject({
        method: "POST",
        url: `/api/review/events/${ref.replace("#", "/")}`,
        payload: { action, reviewer: "tester" },
      });
    assert.equal((await post("003_46d1d6ec2f76990a#e1", "accept")).statusCode, 200);
    assert.equal((await post("004_1fe4ad74899325f0#e1", "reject")).statusCode, 200);
    const ids = async (reviewedOnly: boolean) =>
      (await exportEvents(world.store, "jsonl", { reviewedOnly })).body
        .trimEnd()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).ref);
    assert.deepEqual(await ids(true), ["003_46d1d6ec2f76990a#e1"]);
    const all = await ids(false);
    assert.equal(all.length, (await world.store.stats()).events - 1);
    assert.ok(!all.includes("004_1fe4ad74899325f0#e1"));
  });

  it("GET /api/export answers an attachment, and 400 for an unknown format", async () => {
    const r = await world.app.inject("/api/export?format=geojson&reviewedOnly=true");
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers["content-disposition"]), /^attachment; filename="attest-events\.geojson"$/);
    assert.equal(JSON.parse(r.body).type, "FeatureCollection");
    const csv = await world.app.inject("/api/export?format=acled-csv");
    assert.match(String(csv.headers["content-type"]), /^text\/csv/);
    const bad = await world.app.inject("/api/export?format=xlsx");
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, "E_BAD_REQUEST");
  });
});

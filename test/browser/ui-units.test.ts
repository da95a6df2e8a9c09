// The UI's pure parts, run in Node: highlight runs over overlapping spans, timeline columns, the review edit
// form's changes, audit diffs, and the vocabularies the UI copies from the reading model.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import * as model from "../../src/model/reading.js";
import { changedFields } from "../../ui/src/audit-diff.js";
import { changesOf, fieldsOf } from "../../ui/src/edit-fields.js";
import { mergeRuns, runs } from "../../ui/src/highlight.js";
import { columns } from "../../ui/src/timeline.js";
import type { Spans } from "../../ui/src/types.js";
import * as vocab from "../../ui/src/vocab.js";

const none: Spans = { zones: [], entities: [], events: [], figures: [] };

describe("highlight runs", () => {
  const text = "Police arrested 14 people in Osh.";
  const spans: Spans = {
    zones: [{ start: 0, end: 6, kind: "non_body" }],
    entities: [{ start: 29, end: 32, name: "Osh", type: "location", key: "loc:osh" }],
    events: [{ start: 7, end: 32, ref: "d#e1", type: "arrest" }],
    figures: [],
  };

  it("cuts the text where spans begin and end, and lists every span over each run", () => {
    const list = runs(text, spans);
    assert.equal(list.map((r) => text.slice(r.start, r.end)).join(""), text);
    const at = (s: string) => list.find((r) => text.slice(r.start, r.end) === s)?.marks.map((m) => m.id);
    assert.deepEqual(at("Police"), ["non_body"]);
    assert.deepEqual(at(" "), []);
    assert.deepEqual(at("arrested 14 people in "), ["d#e1"]);
    assert.deepEqual(at("Osh"), ["d#e1", "loc:osh"]);
  });

  it("drops spans outside the text or empty, rather than trusting them", () => {
    const bad: Spans = {
      ...none,
      events: [
        { start: 5, end: 5, ref: "d#e1", type: "arrest" },
        { start: 40, end: 90, ref: "d#e2", type: "raid" },
      ],
    };
    assert.deepEqual(runs(text, bad), [{ start: 0, end: text.length, marks: [] }]);
  });

  it("covers any text exactly once, whatever the spans (property)", () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 12 }), (s, pairs) => {
        const events = pairs.map(([a, b], i) => ({
          start: Math.min(a, b),
          end: Math.max(a, b),
          ref: `d#e${i}`,
          type: "raid",
        }));
        const list = mergeRuns(runs(s, { ...none, events }));
        assert.equal(list.map((r) => s.slice(r.start, r.end)).join(""), s);
        for (const r of list) {
          const covering = events
            .filter((e) => e.start <= r.start && e.end >= r.end)
            .map((e) => e.ref)
            .sort();
          assert.deepEqual(r.marks.map((m) => m.id).sort(), covering);
        }
      }),
    );
  });
});

describe("timeline columns", () => {
  it("stacks types per month, fills empty months, and counts undated events apart", () => {
    const out = columns([
      { period: "2019-03", type: "arrest", count: 2 },
      { period: "2019-03", type: "protest", count: 1 },
      { period: "2019-05", type: "arrest", count: 4 },
      { period: null, type: "ban", count: 3 },
    ]);
    assert.deepEqual(
      out.columns.map((c) => [c.period, c.total]),
      [
        ["2019-03", 3],
        ["2019-04", 0],
        ["2019-05", 4],
      ],
    );
    assert.deepEqual(out.columns[0]?.stack, [
      { type: "arrest", count: 2, below: 0 },
      { type: "protest", count: 1, below: 2 },
    ]);
    assert.equal(out.undated, 3);
    assert.deepEqual(out.types, ["arrest", "protest"]);
  });

  it("crosses a year boundary in order", () => {
    const out = columns([
      { period: "2018-12", type: "raid", count: 1 },
      { period: "2019-01", type: "raid", count: 1 },
    ]);
    assert.deepEqual(
      out.columns.map((c) => c.period),
      ["2018-12", "2019-01"],
    );
  });
});

describe("UI vocabularies", () => {
  it("are the reading model's", () => {
    assert.deepEqual(vocab.EVENT_TYPES, model.EVENT_TYPES);
    assert.deepEqual(vocab.ENTITY_TYPES, model.ENTITY_TYPES);
    assert.deepEqual(vocab.QUALIFIERS, model.QUALIFIERS);
    assert.deepEqual(vocab.FACTUALITIES, model.FACTUALITIES);
    assert.equal(vocab.TIME_VALUE.source, model.TIME_VALUE.source);
  });
});

describe("review edits", () => {
  const event = {
    id: "e1",
    type: "arrest",
    evidence: "Police detained six men",
    agent: "Police",
    patient: "six men",
    date: { value: "2019-03", text: "in March" },
    factuality: "asserted",
  };

  it("sends only the fields that changed, as reading-format values", () => {
    const values = { ...fieldsOf("events", event), patient: " six students ", date: "XXXX-03-02", agent: "" };
    assert.deepEqual(changesOf("events", event, values), {
      changes: { patient: "six students", date: { value: "XXXX-03-02", text: "in March" }, agent: null },
    });
    assert.deepEqual(changesOf("events", event, fieldsOf("events", event)), { changes: {} });
  });

  it("refuses a date that is not a TimeML value and a value that is not a number", () => {
    const bad = changesOf("events", event, { ...fieldsOf("events", event), date: "March 2019" });
    assert.ok("error" in bad);
    const figure = { id: "f1", evidence: "about 40 people", value: 40, qualifier: "approx" };
    assert.ok("error" in changesOf("figures", figure, { ...fieldsOf("figures", figure), value: "forty" }));
    assert.deepEqual(changesOf("figures", figure, { ...fieldsOf("figures", figure), value: "45" }), {
      changes: { value: 45 },
    });
  });
});

describe("audit diffs", () => {
  it("lists changed fields inside { review, item } records and nothing that stayed", () => {
    const before = { review: null, item: { patient: "six men", type: "arrest" } };
    const after = {
      review: { status: "edited", reviewer: "A" },
      item: { patient: "six students", type: "arrest" },
    };
    assert.deepEqual(changedFields(before, after), [
      "review.status: — → edited",
      "review.reviewer: — → A",
      "item.patient: six men → six students",
    ]);
    assert.deepEqual(changedFields(after, after), []);
    assert.deepEqual(changedFields({ changes: null }, {}), [], "null and missing are the same");
  });
});

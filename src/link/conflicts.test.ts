// Discrepancies: an update over time, a contradiction at one time, qualifiers that reconcile, event counts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findConflicts } from "./conflicts.js";
import { linkReadings } from "./link.js";
import { entity, event, figure, reading } from "./readings.fixture.js";

const story = [entity("Rustam Aliev", "person", "KG"), entity("Osh", "location", "KG")];
const killed = (id: string, value: number, asOf: string | null, qualifier = "exact", source = "author") =>
  reading(id, {
    entities: story,
    figures: [
      figure("f1", {
        value,
        qualifier: qualifier as "exact",
        subject: "Kyrgyz nationals killed in Syria",
        evidence: `${value} Kyrgyz nationals were killed in Syria`,
        as_of: asOf ? { value: asOf } : null,
        source,
      }),
    ],
  });

describe("findConflicts", () => {
  it("an update: the same figure at two as-of dates", () => {
    const readings = [killed("a", 22, "2016-02"), killed("b", 40, "2016-04")];
    const conflicts = findConflicts(readings, linkReadings(readings));
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]?.kind, "update");
    assert.deepEqual(
      conflicts[0]?.values.map((v) => [v.value, v.asOf]),
      [
        [22, "2016-02"],
        [40, "2016-04"],
      ],
    );
  });
  it("a contradiction: two sources, one month, numbers that cannot both be true", () => {
    const readings = [
      killed("a", 330, "2016-04-16", "exact", "the ministry"),
      killed("b", 500, "2016-04", "exact", "an MP"),
    ];
    const conflicts = findConflicts(readings, linkReadings(readings));
    assert.deepEqual(
      conflicts.map((c) => c.kind),
      ["contradiction"],
    );
    assert.deepEqual(conflicts[0]?.values.map((v) => v.source).sort(), ["an MP", "the ministry"]);
  });
  it("no conflict when the qualifiers reconcile the numbers (at least 8 and 11)", () => {
    const readings = [killed("a", 8, "2016-04", "at_least"), killed("b", 11, "2016-04")];
    assert.equal(linkReadings(readings).figures.length, 1);
    assert.deepEqual(findConflicts(readings, linkReadings(readings)), []);
  });
  it("event counts: two mentions of one attack give 8 and 11 killed", () => {
    const attack = (id: string, value: number, qualifier = "exact") =>
      reading(id, {
        events: [
          event("e1", {
            type: "attack",
            date: { value: "2019-06-05" },
            places: [{ name: "Aktobe", kind: "city", country: "KZ" }],
            counts: { killed: { value, qualifier: qualifier as "exact" } },
          }),
        ],
      });
    const clash = [attack("a", 8), attack("b", 11)];
    const conflicts = findConflicts(clash, linkReadings(clash));
    assert.deepEqual(
      conflicts.map((c) => [c.kind, c.subject]),
      [["event_counts", "attack: killed"]],
    );
    const fine = [attack("a", 8, "at_least"), attack("b", 11)];
    assert.deepEqual(findConflicts(fine, linkReadings(fine)), []);
  });
});

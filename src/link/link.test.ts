// Linking, row by row: spellings that are one name and must-not-match rows beside them, one arrest told
// twice, same-named bodies of two countries, surnames, and figures of one quantity.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Reading } from "../model/reading.js";
import { defaultLinkKnowledge } from "./knowledge.js";
import { linkReadings } from "./link.js";
import { nameKey, sameBodyName } from "./names.js";
import { arrestReports, entity, event, figure, reading } from "./readings.fixture.js";

const k = defaultLinkKnowledge();
const together = (groups: string[][], a: string, b: string) =>
  groups.some((g) => g.includes(a) && g.includes(b));

describe("spelling keys", () => {
  const same: [string, string][] = [
    ["Japarov", "Zhaparov"],
    ["Bakiev", "Bakiyev"],
    ["Atambayev", "Atambaev"],
    ["Hizb ut-Tahrir", "Hizb-ut-Tahrir"],
    ["Hizb ut-Tahrir", "Hizbut Tahrir"],
    ["Jamat-ul-Mujahideen", "Jamaat-ul-Mujahideen"],
    ["Khodzhaev", "Hojaev"],
    ["Al Qaeda", "Al-Qaeda"],
    ["Linköping", "Linkoping"],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => assert.equal(nameKey(a, k.names), nameKey(b, k.names)));
  const different: [string, string][] = [
    ["Bakiev", "Bekov"],
    ["Japarov", "Jeenbekov"],
    ["Hizb ut-Tahrir", "Hizbullah"],
  ];
  for (const [a, b] of different)
    it(`${a} ≠ ${b}`, () => assert.notEqual(nameKey(a, k.names), nameKey(b, k.names)));
  it("body names one inflection or one letter apart are one; two words apart are not", () => {
    const t = (s: string) => s.toLowerCase().split(" ");
    assert.ok(sameBodyName(t("national investigation agency"), t("national investigating agency"), k.names));
    assert.ok(sameBodyName(t("ansar gazvat ul hind"), t("ansar gatvat ul hind"), k.names));
    assert.ok(!sameBodyName(t("national security committee"), t("national security council"), k.names));
    assert.ok(!sameBodyName(t("state security service"), t("state border service"), k.names));
  });
});

describe("linkReadings: entities", () => {
  const links = linkReadings(arrestReports());
  it("links transliteration variants of one person and one group", () => {
    assert.ok(together(links.entities, "a1#Sadyr Zhaparov", "a2#Sadyr Japarov"));
    assert.ok(together(links.entities, "a1#Nurlan Bakiyev", "a2#Nurlan Bakiev"));
    assert.ok(together(links.entities, "a1#Hizb-ut-Tahrir", "a2#Hizb ut-Tahrir"));
  });
  it("links two names of one country", () => {
    assert.ok(together(links.entities, "a1#Kyrgyzstan", "a2#Kyrgyz Republic"));
  });
  it("keeps two countries' National Security Committee apart, and links one country's", () => {
    const body = (id: string, cc: string) =>
      reading(id, { entities: [entity("National Security Committee", "government_body", cc)] });
    const l = linkReadings([body("k1", "KZ"), body("g1", "KG"), body("g2", "KG")]);
    assert.deepEqual(l.entities, [["g1#National Security Committee", "g2#National Security Committee"]]);
  });
  it("links a surname to the one full name that fits, and not when two fit", () => {
    const p = (id: string, ...names: string[]) =>
      reading(id, { entities: names.map((n) => entity(n, "person", "US")) });
    const one = linkReadings([p("x", "Carlin"), p("y", "John Carlin")]);
    assert.deepEqual(one.entities, [["x#Carlin", "y#John Carlin"]]);
    const two = linkReadings([p("x", "Carlin"), p("y", "John Carlin"), p("z", "George Carlin")]);
    assert.deepEqual(two.entities, []);
  });
  it("links acronyms to the full name they abbreviate in one country", () => {
    const r = (id: string, name: string, mentions: string[]) =>
      reading(id, { entities: [entity(name, "government_body", "IN", mentions)] });
    const l = linkReadings([
      r("n1", "National Investigation Agency", ["National Investigation Agency", "NIA"]),
      r("n2", "NIA", ["NIA"]),
    ]);
    assert.deepEqual(l.entities, [["n1#National Investigation Agency", "n2#NIA"]]);
  });
});

describe("linkReadings: events", () => {
  it("links two reports of one arrest (partial dates, variant spellings), not a different arrest", () => {
    const links = linkReadings(arrestReports());
    assert.deepEqual(links.events, [["a1#e1", "a2#e1"]]);
  });
  const pair = (
    a: Partial<Parameters<typeof event>[1]>,
    b: Partial<Parameters<typeof event>[1]>,
  ): Reading[] => [
    reading("p", { events: [event("e1", { type: "arrest", ...a })] }),
    reading("q", { events: [event("e1", { type: "arrest", ...b })] }),
  ];
  const city = (name: string) => [{ name, kind: "city" as const, country: "KZ" }];
  const rows: [string, Reading[], boolean][] = [
    [
      "same day and city",
      pair(
        { date: { value: "2017-05-02" }, places: city("Aktobe") },
        { date: { value: "XXXX-05-02" }, places: city("Aktobe") },
      ),
      true,
    ],
    [
      "different days",
      pair(
        { date: { value: "2017-05-02" }, places: city("Aktobe") },
        { date: { value: "2017-05-09" }, places: city("Aktobe") },
      ),
      false,
    ],
    [
      "different cities",
      pair(
        { date: { value: "2017-05-02" }, places: city("Aktobe") },
        { date: { value: "2017-05-02" }, places: city("Atyrau") },
      ),
      false,
    ],
    [
      "counts far apart",
      pair(
        {
          date: { value: "2017-05-02" },
          places: city("Aktobe"),
          counts: { arrested: { value: 3, qualifier: "exact" } },
        },
        {
          date: { value: "2017-05-02" },
          places: city("Aktobe"),
          counts: { arrested: { value: 40, qualifier: "exact" } },
        },
      ),
      false,
    ],
    [
      "different types",
      [
        reading("p", {
          events: [event("e1", { type: "arrest", date: { value: "2017-05-02" }, places: city("Aktobe") })],
        }),
        reading("q", {
          events: [event("e1", { type: "protest", date: { value: "2017-05-02" }, places: city("Aktobe") })],
        }),
      ],
      false,
    ],
    [
      "only a country in common",
      pair(
        { places: [{ name: "Kazakhstan", kind: "country", country: "KZ" }] },
        { places: [{ name: "Kazakhstan", kind: "country", country: "KZ" }] },
      ),
      false,
    ],
  ];
  for (const [name, readings, linked] of rows)
    it(`${linked ? "links" : "does not link"}: ${name}`, () => {
      assert.equal(linkReadings(readings).events.length, linked ? 1 : 0);
    });
  it("never puts two events of one document in one group", () => {
    const both = [
      event("e1", { type: "arrest", date: { value: "2017-05-02" }, places: city("Aktobe") }),
      event("e2", { type: "arrest", date: { value: "2017-05-02" }, places: city("Aktobe") }),
    ];
    const l = linkReadings([
      reading("p", { events: both }),
      reading("q", {
        events: [event("e1", { type: "arrest", date: { value: "2017-05-02" }, places: city("Aktobe") })],
      }),
    ]);
    assert.equal(l.events.length, 1);
    assert.equal(l.events[0]?.length, 2);
  });
});

describe("linkReadings: figures", () => {
  const story = [entity("Rustam Aliev", "person", "KG"), entity("Osh", "location", "KG")];
  it("groups figures of one quantity across documents and keeps sub-groups and other happenings apart", () => {
    const l = linkReadings([
      reading("f", {
        entities: story,
        figures: [
          figure("f1", {
            value: 120,
            subject: "Kyrgyz citizens who went to Syria",
            evidence: "120 Kyrgyz citizens went to Syria",
          }),
          figure("f2", {
            value: 30,
            subject: "women among Kyrgyz citizens who went to Syria",
            evidence: "30 of them are women",
          }),
          figure("f3", {
            value: 12,
            subject: "Kyrgyz citizens killed in Syria",
            evidence: "12 Kyrgyz citizens were killed in Syria",
          }),
        ],
      }),
      reading("g", {
        entities: story,
        figures: [
          figure("f1", {
            value: 150,
            qualifier: "up_to",
            subject: "Kyrgyz nationals fighting in Syria",
            evidence: "as many as 150 Kyrgyz nationals are fighting in Syria",
          }),
        ],
      }),
    ]);
    assert.deepEqual(l.figures, [["f#f1", "g#f1"]]);
  });
});

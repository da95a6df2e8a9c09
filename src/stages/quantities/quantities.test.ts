import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withLayer } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { sentences } from "../sentences/sentences.js";
import { quantities } from "./quantities.js";

const resources = loadResources();
function read(body: string) {
  let doc = textDocument("q", `Arrests reported in the region\n\n${body}`);
  doc = withLayer(doc, "zones", clean.run(doc, resources));
  doc = withLayer(doc, "sentences", sentences.run(doc, resources));
  return quantities.run(doc, resources).map((q) => ({
    text: doc.text.slice(q.span.start, q.span.end),
    value: q.value,
    qualifier: q.qualifier,
    upper: q.upper,
    unit: q.unit,
    counted: q.counted ? doc.text.slice(q.counted.start, q.counted.end) : null,
  }));
}

// [sentence, quantity text, value, qualifier, unit, counted]
const MATCH: [string, string, number | null, string, string | null, string | null][] = [
  [
    "Police detained 16 suspected members of the banned Osh Brotherhood group during raids.",
    "16",
    16,
    "exact",
    "people",
    "suspected members of the banned Osh Brotherhood group",
  ],
  ["Seven activists were detained in the village.", "Seven", 7, "exact", "people", "activists"],
  ["Twenty-one soldiers died in the fighting.", "Twenty-one", 21, "exact", "people", "soldiers"],
  ["The court heard that 1,200 homes were searched.", "1,200", 1200, "exact", "homes", "homes"],
  [
    "The group received 2.5 million dollars from abroad.",
    "2.5 million",
    2500000,
    "exact",
    "currency",
    "dollars",
  ],
  ["Officers arrested a dozen protesters on the square.", "a dozen", 12, "exact", "people", "protesters"],
  ["Two dozen detainees were moved to another prison.", "Two dozen", 24, "exact", "people", "detainees"],
  [
    "Dozens of demonstrators gathered outside the court.",
    "Dozens of",
    null,
    "several",
    "people",
    "demonstrators",
  ],
  ["Police detained several people after the march.", "several", null, "several", "people", "people"],
  ["More than 300 people were detained.", "More than 300", 300, "more_than", "people", "people"],
  ["Over 500 demonstrators were injured.", "Over 500", 500, "more_than", "people", "demonstrators"],
  ["At least eight people were killed in the clashes.", "At least eight", 8, "at_least", "people", "people"],
  ["No fewer than ten men were charged.", "No fewer than ten", 10, "at_least", "people", "men"],
  ["As many as 500 citizens are fighting abroad.", "As many as 500", 500, "up_to", "people", "citizens"],
  ["He faces up to 17 years in prison.", "up to 17", 17, "up_to", "years", "years"],
  ["Around 30 of the fighters are women.", "Around 30", 30, "approx", "people", "the fighters"],
  ["Nearly 150 people were taken into custody.", "Nearly 150", 150, "approx", "people", "people"],
  ["They were jailed for terms from two to 25 years.", "from two to 25", 2, "approx", "years", "years"],
  ["Between 30 and 35 members joined the cell.", "Between 30 and 35", 30, "approx", "people", "members"],
  ["Some 35-40 militants are active in the valley.", "Some 35-40", 35, "approx", "people", "militants"],
  ["Prices rose by 30 per cent last year.", "30 per cent", 30, "exact", "percent", null],
  ["Thirty or more villagers fled.", "Thirty or more", 30, "at_least", "people", "villagers"],
  [
    "Three hundred and fifty students signed the letter.",
    "Three hundred and fifty",
    350,
    "exact",
    "people",
    "students",
  ],
  [
    "Rescuers found five million rounds of ammunition.",
    "five million",
    5000000,
    "exact",
    "rounds",
    "rounds of ammunition",
  ],
  ["The 60-year-old teacher was detained.", "60-year-old", 60, "exact", "age", null],
];

// [sentence, number text that must not be a quantity]
const NO_MATCH: [string, string][] = [
  ["The group was banned in 2016 by the court.", "2016"],
  ["They were detained on December 21 in the capital.", "21"],
  ["The trial opened on 19 March in the city.", "19"],
  ["The raid began at 5 a.m. on the outskirts.", "5"],
  ["He was charged under Article 233 of the Criminal Code.", "233"],
  ["This was the second raid this month.", "second"],
  ["He is one of the leaders of the movement.", "one"],
  ["No one was hurt in the blast.", "one"],
  ["Call the hotline on +7 (727) 123-45-67 for help.", "727"],
  ["Cases of COVID-19 rose in the prison.", "19"],
];

describe("quantities", () => {
  for (const [sentence, text, value, qualifier, unit, counted] of MATCH) {
    it(`finds ${JSON.stringify(text)} in ${JSON.stringify(sentence)}`, () => {
      const q = read(sentence).find((x) => x.text === text);
      assert.ok(q, `no quantity ${text}: ${JSON.stringify(read(sentence))}`);
      assert.deepEqual([q.value, q.qualifier, q.unit, q.counted], [value, qualifier, unit, counted]);
    });
  }

  it("keeps a range's upper bound", () => {
    assert.equal(read("They were jailed for terms from two to 25 years.")[0]?.upper, 25);
    assert.equal(read("Some 35-40 militants are active in the valley.")[0]?.upper, 40);
  });

  for (const [sentence, text] of NO_MATCH) {
    it(`does not count ${JSON.stringify(text)} in ${JSON.stringify(sentence)}`, () => {
      assert.ok(!read(sentence).some((q) => q.text.includes(text)), JSON.stringify(read(sentence)));
    });
  }

  it("stays linear on a long single-line text (regression guard)", () => {
    const body = "Police detained 16 men and about 20 women on December 21, 2016. ".repeat(5000);
    const started = Date.now();
    assert.equal(read(body).length, 10000);
    assert.ok(Date.now() - started < 20000);
  });
});

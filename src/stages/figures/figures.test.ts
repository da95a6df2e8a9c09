import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FigureAnnotation } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { buildPipeline, runPipeline } from "../../pipeline.js";
import { loadResources } from "../../resources/resources.js";

const resources = loadResources();
const pipeline = buildPipeline();

function figuresOf(body: string): FigureAnnotation[] {
  const doc = runPipeline(pipeline, textDocument("t", `Security news of the week\n\n${body}`), resources);
  return [...(doc.layers.figures ?? [])];
}

describe("figures", () => {
  it("a total and its sub-figures, each with its value, qualifier and speaker", () => {
    const figs = figuresOf(
      "The ministry said that 339 people had gone to fight abroad, of whom 50 were women and 20 were children.",
    );
    assert.deepEqual(
      figs.map((f) => [f.value, f.qualifier]),
      [
        [339, "exact"],
        [50, "exact"],
        [20, "exact"],
      ],
    );
    for (const f of figs) assert.equal(f.source, "The ministry");
    assert.ok(figs.every((f) => f.explanation.spans.value));
  });

  it("an estimate with a qualifier", () => {
    const [f] = figuresOf(
      "More than 300 citizens have joined the Islamic State, the minister said on Monday.",
    );
    assert.equal(f?.value, 300);
    assert.equal(f?.qualifier, "more_than");
    assert.equal(f?.unit, "people");
  });

  it("a speaker's statement goes on as of the date the speaker was quoted at", () => {
    const figs = figuresOf(
      "More than 200 citizens have gone abroad to fight, Minister Aibek Osmonov said on May 4. Around 40 of the citizens are women, Osmonov said.",
    );
    assert.deepEqual(
      figs.map((f) => [f.value, f.as_of?.value]),
      [
        [200, "XXXX-05-04"],
        [40, "XXXX-05-04"],
      ],
    );
  });

  it("a count since a date is a tally over the period, not as of its start", () => {
    const [f] = figuresOf("Since March 2021, nine other activists were detained, a rights group said.");
    assert.equal(f?.value, 9);
    assert.equal(f?.as_of?.value ?? null, null);
  });

  it("a count up to a month or a year is a tally", () => {
    const [f] = figuresOf("A rights group said 45 people were jailed for membership before March 2018.");
    assert.equal(f?.value, 45);
    assert.equal(f?.as_of?.value, "2018-03");
  });

  it("the size of a list is a figure even beside an event", () => {
    const figs = figuresOf(
      "Police detained nine men in the capital on Monday. A lawyer released the names of 31 people hurt in the raids.",
    );
    assert.deepEqual(
      figs.map((f) => [f.value, f.source]),
      [[31, "author"]],
    );
    const [named] = figuresOf(
      "Police detained nine men on Monday. Aida Sultanova, a lawyer, released the names of 31 people hurt in the raids.",
    );
    assert.equal(named?.source, "Aida Sultanova");
  });

  it("a tally of acts is a figure", () => {
    const [f] = figuresOf("A total of 212 arrests have been made so far, the police said.");
    assert.equal(f?.value, 212);
  });

  it("deaths with no event beside them are a tally", () => {
    const [f] = figuresOf("Around 60 citizens had died fighting abroad, the ministry estimated in March.");
    assert.equal(f?.value, 60);
  });

  it("a speaker named by a description is the person named before with that role", () => {
    const figs = figuresOf(
      "Aibek Osmonov, the head of the Justice Ministry's prisons department, spoke on Monday. " +
        "Later the Justice Ministry official said that 120 inmates had been moved abroad.",
    );
    assert.equal(figs[0]?.source, "Aibek Osmonov");
    const other = figuresOf(
      "Aibek Osmonov, the head of the Justice Ministry's prisons department, spoke on Monday. " +
        "Later the regional police chief said that 120 inmates had been moved abroad.",
    );
    assert.equal(other[0]?.source, "the regional police chief");
    const body = figuresOf(
      "Aibek Osmonov, the head of the Justice Ministry's prisons department, spoke on Monday. " +
        "About 120 inmates had been moved abroad, according to the Justice Ministry.",
    );
    assert.equal(body[0]?.source, "the Justice Ministry");
  });

  it("a long clause keeps the words before the number that say what it counts", () => {
    const figs = figuresOf(
      "Two years ago, on May 4, 2021, officers of the regional police in the south of the country carried out mass searches in 14 homes of local imams. Six men were detained.",
    );
    assert.match(figs[0]?.evidence ?? "", /carried out mass searches in 14 homes/u);
  });

  it("the items of a list take the unit its last item names", () => {
    const figs = figuresOf(
      "The register holds 12 religious, 3 occult and 5 separatist groups, the prosecutor said.",
    );
    assert.deepEqual(
      figs.map((f) => [f.value, f.unit, f.subject]),
      [
        [12, "groups", "religious groups"],
        [3, "groups", "occult groups"],
        [5, "groups", "separatist groups"],
      ],
    );
    assert.equal(figs[1]?.evidence, "3 occult");
  });

  it("a list of peoples counts people", () => {
    const figs = figuresOf(
      "Around 40 Uzbeks, 12 Tajiks and 9 Afghans are fighting abroad, the ministry estimated.",
    );
    assert.deepEqual(
      figs.map((f) => [f.value, f.unit]),
      [
        [40, "people"],
        [12, "people"],
        [9, "people"],
      ],
    );
  });

  it("a part of a group named after the number", () => {
    const [f] = figuresOf("Doctors said three of those treated remained in a critical state.");
    assert.equal(f?.value, 3);
  });

  it("the object of an act counted as a total is a figure too", () => {
    const figs = figuresOf("Police detained more than 300 people in the capital on Monday.");
    assert.deepEqual(
      figs.map((f) => [f.value, f.qualifier]),
      [[300, "more_than"]],
    );
  });

  it("a number said to have been killed in an estimate", () => {
    const [f] = figuresOf(
      "That is up from the 15 said to have died abroad, according to an estimate in May.",
    );
    assert.equal(f?.value, 15);
  });

  it("people an act befell are a figure when the sentence keeps a tally", () => {
    const figs = figuresOf("Police have so far detained 80 people; 12 have been convicted of fraud.");
    assert.deepEqual(
      figs.map((f) => f.value),
      [80, 12],
    );
  });

  const none: [string, string][] = [
    [
      "a number the act befell",
      "Unrest spread across the country and 900 have been detained, the police said.",
    ],
    ["an event before an event of a year", "Police detained six men before the 2019 election."],
    ["the object of a failed act", "Officers tried and failed to arrest five more suspects."],
    ["the things of a list", "Officers seized four rifles, two Makarovs and three grenades."],
    ["an event's own count", "Police detained six men in the capital on Monday."],
    ["an age", "Aidos Otorbekov, 25, a lawyer from the capital, was questioned on Monday."],
    ["a prison term", "The court sentenced him to seven years in prison."],
    [
      "the people of an event counted again",
      "Police detained six men in the capital on Monday. The six detainees were taken to the city jail.",
    ],
    [
      "deaths in the sentence's event",
      "At least nine people have died in the protests that followed the election, witnesses said.",
    ],
    ["acts counted in an event's sentence", "The raids on Monday led to over 100 arrests."],
  ];
  for (const [why, text] of none) {
    it(`no figure for ${why}`, () => assert.deepEqual(figuresOf(text), []));
  }
});

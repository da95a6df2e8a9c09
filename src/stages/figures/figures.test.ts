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

  const none: [string, string][] = [
    ["an event's own count", "Police detained six men in the capital on Monday."],
    ["an age", "Aidos Otorbekov, 25, a lawyer from the capital, was questioned on Monday."],
    ["a prison term", "The court sentenced him to seven years in prison."],
  ];
  for (const [why, text] of none) {
    it(`no figure for ${why}`, () => assert.deepEqual(figuresOf(text), []));
  }
});

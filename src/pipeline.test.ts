import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AttestError } from "./errors.js";
import { Reading } from "./model/reading.js";
import { textDocument } from "./model/text-document.js";
import { toReading } from "./model/to-reading.js";
import { buildPipeline, DEFAULT_STAGES, runPipeline } from "./pipeline.js";
import { loadResources } from "./resources/resources.js";
import { emptyStage, type Stage } from "./stages/stage.js";

const TEXT = `Police detain three in raid

Police in the capital detained three men on Tuesday, the ministry said. They were released later.`;

describe("buildPipeline", () => {
  it("accepts the default stages in their order and records every version", () => {
    const p = buildPipeline();
    assert.deepEqual(
      Object.keys(p.versions),
      DEFAULT_STAGES.map((s) => s.name),
    );
  });

  const [clean, sentences] = [...DEFAULT_STAGES] as [Stage, Stage];
  const bad: [string, Stage[], RegExp][] = [
    ["a stage before the layer it requires", [sentences, clean], /requires zones/],
    ["events without entities", [clean, emptyStage("events", "events", ["entities"])], /requires entities/],
    [
      "one layer provided twice",
      [clean, emptyStage("x", "places", []), emptyStage("y", "places", [])],
      /twice/,
    ],
  ];
  for (const [name, stages, message] of bad) {
    it(`refuses ${name}`, () => {
      assert.throws(
        () => buildPipeline(stages),
        (e: unknown) => e instanceof AttestError && e.code === "E_PIPELINE_ORDER" && message.test(e.message),
      );
    });
  }
});

describe("runPipeline", () => {
  const pipeline = buildPipeline();
  const doc = runPipeline(pipeline, textDocument("t1", TEXT), loadResources());

  it("adds every layer and leaves the text unchanged", () => {
    for (const s of DEFAULT_STAGES) assert.ok(doc.layers[s.provides] !== undefined, s.provides);
    assert.equal(doc.text, TEXT);
  });

  it("makes a reading that follows the reading format", () => {
    const reading = toReading(doc, { ...pipeline.versions });
    const parsed = Reading.safeParse(reading);
    assert.ok(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues));
    assert.equal(reading.id, "t1");
    assert.equal(reading.document.title, "Police detain three in raid");
    assert.ok(reading.document.body?.startsWith("Police in the capital detained"));
    assert.ok(!reading.document.body?.includes("in raid"), "the title is not body");
    assert.deepEqual(reading.attest.stages, pipeline.versions);
    assert.deepEqual(reading.document.non_body, []);
  });

  it("lists page furniture as non_body, verbatim, and keeps it out of the body", () => {
    const text = `${TEXT}\n\nShare this article\n\nThe ministry gave no names.`;
    const reading = toReading(runPipeline(pipeline, textDocument("t2", text), loadResources()), {});
    assert.deepEqual(reading.document.non_body, ["Share this article"]);
    assert.ok(!reading.document.body?.includes("Share this"));
  });
});

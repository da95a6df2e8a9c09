// The docs stay true: the README's quick start is what CI runs, and the library surface reads a document.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Reading, read } from "../src/index.js";
import { ROOT } from "./cli-helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const quickStart = readme.split("## Quick start")[1]?.split("\n## ")[0] ?? "";
const commands = [...quickStart.matchAll(/```sh\n([^`]+)```/g)].map((m) => (m[1] as string).trim());

describe("README quick start", () => {
  it("has exactly two commands: install and run on the examples, then the tests", () => {
    assert.equal(commands.length, 2, quickStart);
    assert.match(commands[0] as string, /^npm ci && npx attest \w+ examples/);
    assert.equal(commands[1], "npm test");
  });

  it("names the test command that .ci/run runs", () => {
    const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
    assert.match(ci, /^npm ci\b/m);
    assert.match(ci, new RegExp(`^${commands[1]}$`, "m"));
  });
});

describe("library", () => {
  it("read() gives a reading in the reading format", async () => {
    const reading = await read(join(ROOT, "examples", "003_46d1d6ec2f76990a.txt"));
    assert.ok(Reading.safeParse(reading).success);
    assert.equal(reading.id, "003_46d1d6ec2f76990a");
    assert.match(reading.document.body ?? "", /detained 16 suspected members/);
  });
});

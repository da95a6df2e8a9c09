// `attest eval` gives the numbers of gold/score.py on the same readings, end to end through the CLI.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { attest, GOLD, ROOT, tempDir } from "./cli-helpers.js";

const SETS = [join(ROOT, "examples"), join(GOLD, "seeds"), join(GOLD, "dev")];
const python = spawnSync("python3", ["--version"]).status === 0;

describe("attest eval equals score.py", () => {
  for (const set of SETS) {
    const scorer = join(GOLD, "score.py");
    const why = !python
      ? "python3 is not installed"
      : !existsSync(scorer)
        ? `${scorer} is absent`
        : !existsSync(set)
          ? `${set} is absent`
          : null;
    it(`on ${set}`, { skip: why ?? false }, () => {
      const read = attest(["read", set, "--jsonl"]);
      assert.equal(read.code, 0, read.stderr);
      const file = join(tempDir("eval"), "readings.jsonl");
      writeFileSync(file, read.stdout);
      const reference = spawnSync("python3", [join(GOLD, "score.py"), set, file, "--json"], {
        encoding: "utf8",
      });
      assert.equal(reference.status, 0, reference.stderr);
      const ours = attest(["eval", set, "--json"]);
      assert.equal(ours.code, 0, ours.stderr);
      assert.deepEqual(JSON.parse(ours.stdout), JSON.parse(reference.stdout));
      const fromFile = attest(["eval", set, "--json", "--readings", file]);
      assert.deepEqual(JSON.parse(fromFile.stdout), JSON.parse(reference.stdout));
      assert.ok(JSON.parse(ours.stdout).documents > 0);
    });
  }

  it("names a missing gold directory and exits 1", () => {
    const r = attest(["eval", "/nonexistent/gold"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\/nonexistent\/gold: .*\[E_GOLD\]/);
  });
});

// The linker alone on the gold sets: the gold readings go in, their links are scored pairwise against
// links.json. Skips with a message when the gold sets (../shared/gold) are not present.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Links, Reading } from "../model/reading.js";
import { linkReadings } from "./link.js";

const GOLD = new URL("../../../shared/gold/", import.meta.url).pathname;

function pairs(groups: readonly (readonly string[])[], key: (ref: string) => string): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const refs = [...new Set(g.map(key))].sort();
    for (let i = 0; i < refs.length; i++)
      for (let j = i + 1; j < refs.length; j++) out.add(`${refs[i]}\n${refs[j]}`);
  }
  return out;
}

function f1(gold: Set<string>, system: Set<string>): { p: number; r: number; f1: number } {
  const tp = [...system].filter((x) => gold.has(x)).length;
  const p = system.size ? tp / system.size : 1;
  const r = gold.size ? tp / gold.size : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

for (const set of ["seeds", "dev"]) {
  const dir = join(GOLD, set);
  describe(`linking the gold readings of ${set}`, {
    skip: existsSync(dir) ? false : `no gold set at ${dir}`,
  }, () => {
    const readings: Reading[] = readdirSync(dir)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
      .map((f) => ({ ...JSON.parse(readFileSync(join(dir, f), "utf8")), id: f.slice(0, -10) }));
    const gold = JSON.parse(readFileSync(join(dir, "links.json"), "utf8")) as Links;
    const system = linkReadings(readings);
    for (const kind of ["events", "figures"] as const) {
      it(`${kind}: pairwise F1 ≥ 0.9`, () => {
        const score = f1(pairs(gold[kind], String), pairs(system[kind], String));
        assert.ok(score.f1 >= 0.9, `${kind} ${JSON.stringify(score)}`);
      });
    }
    it("entities: every gold pair found (gold leaves some true pairs unlinked, so precision is not asserted)", () => {
      const low = (ref: string) => ref.toLowerCase();
      const score = f1(pairs(gold.entities, low), pairs(system.entities, low));
      assert.ok(score.r >= 0.95, `entities ${JSON.stringify(score)}`);
    });
  });
}

// Tests for Python's round / .3f / repr of floats: the tie cases by hand, then thousands of values against python3.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pyFixed, pyFloatRepr, pyRound } from "./numbers.js";
import { pythonMissing, runPython } from "./reference.fixture.js";

describe("pyRound(x, 4)", () => {
  const rows: Array<[number, number, string]> = [
    [1 / 32, 0.0312, "a tie (odd/32) rounds half to even, down"],
    [3 / 32, 0.0938, "a tie rounds half to even, up"],
    [5 / 32, 0.1562, "x.xxxx5 exactly: to even"],
    [2 / 3, 0.6667, "no tie: nearest"],
    [0.00005, 0.0001, "0.00005 is not exactly a tie in binary (slightly above)"],
    [0.00015, 0.0001, "0.00015 is slightly below its decimal: down"],
    [1, 1, "integers unchanged"],
    [-1 / 32, -0.0312, "negative ties to even too"],
  ];
  for (const [x, want, why] of rows) test(`${x} → ${want}: ${why}`, () => assert.equal(pyRound(x, 4), want));
  test("keeps the sign of a zero result", () => assert.ok(Object.is(pyRound(-0.00001, 4), -0)));
});

describe("pyFixed(x, 3) and pyFloatRepr(x)", () => {
  test("ties at odd/16 round half to even", () => {
    assert.equal(pyFixed(0.0625, 3), "0.062");
    assert.equal(pyFixed(0.1875, 3), "0.188");
    assert.equal(pyFixed(-0.0, 3), "-0.000");
    assert.equal(pyFixed(1, 3), "1.000");
  });
  const reprs: Array<[number, string]> = [
    [1, "1.0"],
    [0.5, "0.5"],
    [0.0001, "0.0001"],
    [0.00001, "1e-05"],
    [1e16, "1e+16"],
    [123456789012345.6, "123456789012345.6"],
    [0.1 + 0.2, "0.30000000000000004"],
  ];
  for (const [x, want] of reprs) test(`repr(${x}) is ${want}`, () => assert.equal(pyFloatRepr(x), want));
});

/** Every fraction a/b (b <= 300), every odd/32 and odd/16 up to 4, and seeded random doubles. */
function values(): number[] {
  const out: number[] = [];
  for (let b = 1; b <= 300; b++) for (let a = 0; a <= b; a++) out.push(a / b);
  for (let m = 1; m < 128; m += 2) out.push(m / 32, m / 16, -m / 32);
  let seed = 7;
  for (let i = 0; i < 3000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out.push((seed / 2 ** 32) * 10 ** ((i % 12) - 6));
  }
  out.push(1e-5, 5e-5, 1.5e-4, 123456789.125, 0.1 + 0.2, 1e15 + 0.5, 2 ** 52 + 1, 1e17, 1e22);
  return out;
}

describe("against python3", { skip: pythonMissing() ?? false }, () => {
  test("round(x, 4), f'{x:.3f}' and repr(x) for many values", () => {
    const xs = values();
    const want = runPython(
      "out = [[round(x, 4), f'{x:.3f}', repr(x)] for x in map(float, data)]",
      xs,
    ) as unknown[][];
    const wrong = xs
      .map((x, i) => ({ x, got: [pyRound(x, 4), pyFixed(x, 3), pyFloatRepr(x)], want: want[i] }))
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
    assert.ok(xs.length > 40_000);
    assert.deepEqual(wrong.slice(0, 10), []);
  });
  test("Number(x.toFixed(4)) alone differs from Python exactly at the odd/32 ties", () => {
    const xs = values().filter((x) => Math.abs(x) < 4);
    const want = runPython("out = [round(x, 4) for x in map(float, data)]", xs) as number[];
    const naive = xs.filter((x, i) => Number(x.toFixed(4)) !== want[i]);
    assert.ok(naive.length > 0);
    assert.ok(naive.every((x) => Number.isInteger(x * 32) && Math.abs(x * 32) % 2 === 1));
  });
});

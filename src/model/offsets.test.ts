// Tests for OffsetMap.compose: two steps of normalisation map back as one.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { normalise } from "../read/normalise.js";
import { unwrap } from "../read/unwrap.js";
import { OffsetMap, TextBuilder } from "./offsets.js";

test("OffsetMap.compose: a copy after a CRLF fold maps to the original CR", () => {
  const inner = normalise("ab\r\ncd");
  const outer = new TextBuilder();
  outer.copy("b\nc", 1);
  const { offsets } = outer.build(inner.text.length);
  const composed = OffsetMap.compose(inner.offsets, offsets);
  assert.equal(composed.toOriginal(0), 1);
  assert.equal(composed.toOriginal(1), 2);
  assert.deepEqual(composed.rangeToOriginal(1, 2), [2, 4]);
  assert.equal(composed.toOriginal(2), 4);
  assert.equal(composed.toOriginal(3), 6);
});

test("OffsetMap.compose: maps of different texts are refused", () => {
  assert.throws(() => OffsetMap.compose(OffsetMap.identity(3), OffsetMap.identity(4)), RangeError);
});

const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom("\r\n", "\r", "\n", " \n\n", "-\n", "\u0007", "word", "Word.", " "),
      fc.string({ maxLength: 4 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));

test("OffsetMap.compose: normalise then unwrap maps every offset into range, copies to their characters", () => {
  fc.assert(
    fc.property(tricky, (tail) => {
      const source = `${"a wrapped line of some length that goes on\n".repeat(6)}${tail}`;
      const inner = normalise(source);
      const outer = unwrap(inner.text);
      const composed = OffsetMap.compose(inner.offsets, outer.offsets);
      assert.equal(composed.normLength, outer.text.length);
      assert.equal(composed.origLength, source.length);
      for (let n = 0; n <= outer.text.length; n++) {
        const o = composed.toOriginal(n);
        assert.ok(o >= 0 && o <= source.length, `offset ${n} maps to ${o}`);
        assert.equal(o, inner.offsets.toOriginal(outer.offsets.toOriginal(n)));
        if (n === outer.text.length) continue;
        const ch = outer.text[n] as string;
        assert.ok(
          ch === source[o] || (/\s/.test(ch) && /\s/.test(source[o] as string)),
          `text[${n}] vs source[${o}]`,
        );
      }
    }),
    { numRuns: 300 },
  );
});

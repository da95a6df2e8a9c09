// Tests for normalise: rows for each rule, and properties of its offset map on random strings.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { normalise } from "./normalise.js";

const ROWS: { name: string; original: string; text: string }[] = [
  { name: "plain text is kept", original: "Police detained 12.", text: "Police detained 12." },
  { name: "a leading BOM is dropped", original: "\uFEFFHello", text: "Hello" },
  { name: "a BOM inside the text is kept", original: "a\uFEFFb", text: "a\uFEFFb" },
  { name: "CRLF becomes LF", original: "a\r\nb\r\n", text: "a\nb\n" },
  { name: "a lone CR becomes LF", original: "a\rb\r", text: "a\nb\n" },
  { name: "CR CR LF is two line ends", original: "a\r\r\nb", text: "a\n\nb" },
  { name: "C0 controls are dropped", original: "a\u0000b\u0007c\u001Bd\u000Be", text: "abcde" },
  { name: "tab, LF and FF are kept", original: "a\tb\nc\fd", text: "a\tb\nc\fd" },
  { name: "spaces are not collapsed", original: "a   b  \n\n\n c", text: "a   b  \n\n\n c" },
  { name: "no NFC: a decomposed é stays decomposed", original: "e\u0301", text: "e\u0301" },
  { name: "DEL and C1 controls are kept", original: "a\u007Fb\u0085c", text: "a\u007Fb\u0085c" },
  { name: "NBSP and soft hyphens are kept", original: "a\u00A0b\u00ADc", text: "a\u00A0b\u00ADc" },
  { name: "an empty string", original: "", text: "" },
];

for (const row of ROWS) {
  test(`normalise: ${row.name}`, () => {
    assert.equal(normalise(row.original).text, row.text);
  });
}

test("normalise: CRLF maps back to the CR; text after it to its own offset", () => {
  const { text, offsets } = normalise("ab\r\ncd");
  assert.equal(text, "ab\ncd");
  assert.equal(offsets.toOriginal(2), 2);
  assert.equal(offsets.toOriginal(3), 4);
  assert.deepEqual(offsets.rangeToOriginal(2, 3), [2, 4]);
  assert.equal(offsets.toOriginal(5), 6);
});

/** Strings rich in what normalise changes: CR, LF, controls, BOMs, surrogates. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom("\r", "\n", "\r\n", "\u0000", "\u0007", "\t", "\f", "\uFEFF", "\uD83D", "é", " "),
      fc.string({ maxLength: 5 }),
      fc.string({ unit: "binary", maxLength: 5 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

test("normalise: every offset maps into range, copied characters match, no CR remains", () => {
  fc.assert(
    fc.property(tricky, (original) => {
      const { text, offsets } = normalise(original);
      assert.ok(!text.includes("\r"));
      assert.equal(offsets.normLength, text.length);
      assert.equal(offsets.origLength, original.length);
      for (let n = 0; n <= text.length; n++) {
        const o = offsets.toOriginal(n);
        assert.ok(o >= 0 && o <= original.length, `offset ${n} maps to ${o}`);
        if (n === text.length) continue;
        const same = text[n] === original[o];
        const foldedCr = text[n] === "\n" && original[o] === "\r";
        assert.ok(same || foldedCr, `text[${n}] ${JSON.stringify(text[n])} vs original[${o}]`);
      }
    }),
    { numRuns: 500 },
  );
});

test("normalise: only characters it may drop are missing", () => {
  fc.assert(
    fc.property(tricky, (original) => {
      const kept = original.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters
      assert.equal(normalise(original).text, kept.replace(/[\u0000-\u0008\u000B\u000E-\u001F]/g, ""));
    }),
    { numRuns: 500 },
  );
});

test("normalise: a 5 MB single-line file takes linear time", () => {
  const line = "Police detained twelve protesters in Bishkek on Tuesday.\r ".repeat(90_000);
  const started = performance.now();
  const { text, offsets } = normalise(line);
  const ms = performance.now() - started;
  assert.equal(text.length, line.length);
  assert.equal(offsets.toOriginal(text.length - 1), line.length - 1);
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

// Tests for the scorer's text helpers: table rows, then the same functions of score.py run by python3.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { samePhrase, sameSource } from "./fields.js";
import { docText, overlap } from "./match.js";
import { pythonMissing, runPython } from "./reference.fixture.js";
import { isBlank, low, norm, tokF1, toks } from "./text.js";

const skip = pythonMissing() ?? false;

describe("norm and low", () => {
  const rows: Array<[string, unknown, string]> = [
    ["collapses whitespace runs and trims", "  a \t\n b  ", "a b"],
    ["folds curly quotes and dashes", "\u2018x\u2019 \u201cy\u201d a\u2013b\u2014c", "'x' \"y\" a-b-c"],
    ["deletes soft hyphens", "co\u00adoperate", "cooperate"],
    ["treats U+001C..U+001F and NEL as whitespace (Python \\s)", "a\x1cb\x1fc\x85d", "a b c d"],
    ["treats NBSP and ideographic space as whitespace", "a\u00a0b\u3000c", "a b c"],
    ["keeps U+FEFF, which Python does not call whitespace", "\ufeffa", "\ufeffa"],
    ["keeps U+200B (zero-width space is not whitespace)", "a\u200bb", "a\u200bb"],
    ["maps None to the empty string", null, ""],
    ["maps other falsy values (0, [], {}) to the empty string", 0, ""],
  ];
  for (const [name, input, want] of rows) test(name, () => assert.equal(norm(input), want));
  test("rejects a truthy non-string, as score.py would fail", () =>
    assert.throws(() => norm(5), /expected text/));
  test("low lower-cases with Python's full mappings (final sigma, dotted I)", () => {
    assert.equal(low("ΟΔΟΣ Σ"), "οδος σ");
    assert.equal(low("İstanbul"), "i\u0307stanbul");
  });
  test("isBlank is Python's `not s.strip()`", () => {
    assert.equal(isBlank(" \x1c\u3000\r\n"), true);
    assert.equal(isBlank("\ufeff"), false);
    assert.equal(isBlank("\u00ad"), false);
  });
});

describe("toks and tokF1", () => {
  const rows: Array<[string, string, string[]]> = [
    ["splits on punctuation, keeps underscores", "Al-Qaeda's x_y", ["al", "qaeda", "s", "x_y"]],
    ["keeps digits of other scripts and No/Nl numbers", "٣ ² Ⅻ ½", ["٣", "²", "ⅻ", "½"]],
    ["breaks words at combining marks (Mn is not \\w)", "e\u0301te", ["e", "te"]],
    ["must not match: symbols and emoji", "© ☃ 😀", []],
  ];
  for (const [name, input, want] of rows) test(name, () => assert.deepEqual(toks(input), want));
  test("tokF1 of multisets", () => {
    assert.equal(tokF1("a a b", "a b c"), (2 * (2 / 3) * (2 / 3)) / (4 / 3));
    assert.equal(tokF1("", "a"), 0);
    assert.equal(tokF1("a", "b"), 0);
  });
});

describe("the text helpers against score.py", { skip }, () => {
  const samples = [
    "Four men were held on suspicion of membership in a banned movement",
    "  The \u201cKNB\u201d \u2014 detained\u00ad 16\u00a0suspects\n\n(Takfir wal-Hijra) ",
    "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑΣ. Σ's ΌΣ",
    "İİ ß ﬁ ǅ Ω K Å \u0130\u0307",
    "الأمن \u0627\u0644\u0652 ٣٤ ۵ 𝟘𝟙 \u{1F600} \u{10400}\u{10428}",
    "a\x1cb\x1dc\x1ed\x1fe\x85f\ufeffg\u180eh\u200bi\u2028j\u2029k\u202fl",
    "x_y __ 3.5 1,000 ½ ² Ⅻ 〇 e\u0301",
    "",
  ];
  test("norm, low and toks", () => {
    const want = runPython("out = [[S.norm(s), S.low(s), S.toks(s)] for s in data]", samples);
    assert.deepEqual(
      samples.map((s) => [norm(s), low(s), toks(s)]),
      want,
    );
  });
  test("tok_f1, same_phrase, same_source and overlap", () => {
    const text = low(`${samples.slice(0, 3).join(" ")} six people were detained six people`);
    const pairs: Array<[string, string | null]> = samples.flatMap((a) =>
      samples.map((b): [string, string] => [a, b]),
    );
    pairs.push(["six people", "people were detained"], ["people", "six people were"], ["author", null]);
    pairs.push(["AUTHOR", "author"], ["the KNB", ""], ["detained on suspicion", "suspicion detained on"]);
    const code =
      "out = [[S.tok_f1(a, b), S.same_phrase(a, b), S.same_source(a, b), S.overlap(data['text'], a or '', b or '')]" +
      " for a, b in data['pairs']]";
    const want = runPython(code, { text, pairs });
    const doc = docText(text);
    const got = pairs.map(([a, b]) => [
      tokF1(a, b),
      samePhrase(a, b),
      sameSource(a, b),
      overlap(doc, a ?? "", b ?? ""),
    ]);
    assert.deepEqual(got, want);
  });
  test("every code point: whitespace, word characters and lower-casing, in context", () => {
    // Code points unassigned in either Unicode database differ by version, not by port, so are left out.
    const unassigned = /^\p{Cn}$/u;
    const cps: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if ((cp < 0xd800 || cp > 0xdfff) && !unassigned.test(String.fromCodePoint(cp))) cps.push(cp);
    }
    const code = [
      "import unicodedata",
      "cps = [cp for cp in data if unicodedata.category(chr(cp)) != 'Cn']",
      "out = [[cp, S.low('a' + chr(cp) + 'b'), S.toks('a' + chr(cp) + 'b')] for cp in cps]",
    ].join("\n");
    const want = runPython(code, cps) as Array<[number, string, string[]]>;
    assert.ok(want.length > 100_000, `python compared only ${want.length} code points`);
    const wrong = want.filter(([cp, l, t]) => {
      const s = `a${String.fromCodePoint(cp)}b`;
      return low(s) !== l || toks(s).join("\u0000") !== t.join("\u0000");
    });
    assert.deepEqual(wrong.slice(0, 10), []);
  });
});

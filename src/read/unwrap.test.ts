// Tests for unwrap: must-join and must-not-join rows, and properties of its offset map.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { normalise } from "./normalise.js";
import { unwrap } from "./unwrap.js";

/** A hard-wrapped paragraph (about 70 columns) that makes a text look wrapped; rows add their break to it. */
const WRAPPED = [
  "The security service said on Tuesday that its officers had detained",
  "twelve members of a banned group in the south of the country, and that",
  "the men were charged with founding and financing an extremist group in",
  "the region, where several such arrests were made in the past year and",
  "where relatives of the men say that they were beaten in detention.",
].join("\n");

interface Row {
  readonly name: string;
  readonly text: string;
  /** The repaired text after WRAPPED (joined into one line) and a blank line. */
  readonly expected: string;
}

const JOINED = WRAPPED.replace(/\n/g, " ");
const row = (name: string, text: string, expected: string): Row => ({ name, text, expected });

const MUST_JOIN: Row[] = [
  row(
    "a break inside a sentence",
    "Police in Osh said that the protesters who gathered outside the court\nwere released later that day.",
    "Police in Osh said that the protesters who gathered outside the court were released later that day.",
  ),
  row(
    "a break across a blank line, trailing space kept as the one space",
    "Officers searched homes in the Talas region and announced the arrest of \n\nfour men on charges of “fraud,” police said.",
    "Officers searched homes in the Talas region and announced the arrest of four men on charges of “fraud,” police said.",
  ),
  row(
    "a stop then a lower-case continuation",
    "The group was led by a man who was known to his followers as Mr.\nsmith and lived in the city.",
    "The group was led by a man who was known to his followers as Mr. smith and lived in the city.",
  ),
  row(
    "a hyphenated word is joined",
    "The court heard that the defendants had been planning a demonstra-\ntion outside the parliament.",
    "The court heard that the defendants had been planning a demonstration outside the parliament.",
  ),
  row(
    "a compound with capitalised halves keeps its hyphen",
    "Arrests were also reported in the city of Bishkek and in the Issyk-\nKul and Naryn regions as well.",
    "Arrests were also reported in the city of Bishkek and in the Issyk-Kul and Naryn regions as well.",
  ),
  row(
    "a compound the text uses elsewhere keeps its hyphen",
    "An anti-government rally was banned, and a second rally by the anti-\ngovernment groups was dispersed.",
    "An anti-government rally was banned, and a second rally by the anti-government groups was dispersed.",
  ),
  row(
    "a compound continued by another hyphen keeps its hyphen",
    "Among the people detained by the security service there was a twelve-\nyear-old boy from the village.",
    "Among the people detained by the security service there was a twelve-year-old boy from the village.",
  ),
  row(
    "a number before a hyphen keeps it",
    "The authorities said that the border had been closed because of COVID-\n19 and would open again.",
    "The authorities said that the border had been closed because of COVID-19 and would open again.",
  ),
  row(
    "an Arabic quotation inside English",
    "He quoted the verse ﴿ وَلَا تَحْسَبَنَّ اللَّهَ غَافِلًا عَمَّا يَعْمَلُ\nالظَّالِمُونَ ﴾ before the court in Bishkek.",
    "He quoted the verse ﴿ وَلَا تَحْسَبَنَّ اللَّهَ غَافِلًا عَمَّا يَعْمَلُ الظَّالِمُونَ ﴾ before the court in Bishkek.",
  ),
  row(
    "a heading over two lines",
    "The Border Service in Example Province Launches a Large\n\nOperation Against the Smuggling Networks in the Mountain Region\n\nMore text.",
    "The Border Service in Example Province Launches a Large Operation Against the Smuggling Networks in the Mountain Region\n\nMore text.",
  ),
];

const MUST_NOT_JOIN: Row[] = [
  row(
    "a paragraph end: a stop, then a capital",
    "And the men were released later that day after paying a fine of 500 som.\nThe next day police returned.",
    "And the men were released later that day after paying a fine of 500 som.\nThe next day police returned.",
  ),
  row(
    "a paragraph end before a quote",
    "And the men were released later that day after paying a fine of 500 som.\n\n“We were beaten,” one said.",
    "And the men were released later that day after paying a fine of 500 som.\n\n“We were beaten,” one said.",
  ),
  row(
    "a heading between blank lines",
    "Background\n\nThe group was banned in 2003.",
    "Background\n\nThe group was banned in 2003.",
  ),
  row(
    "a short line ends its paragraph",
    "The group was banned in 2003 and\nits members are prosecuted.",
    "The group was banned in 2003 and\nits members are prosecuted.",
  ),
  row(
    "list items",
    "The statement listed the demands of the relatives of the men detained\n- the release of the detained men\n- an inquiry into the beatings",
    "The statement listed the demands of the relatives of the men detained\n- the release of the detained men\n- an inquiry into the beatings",
  ),
  row(
    "a colon before a list",
    "The statement listed the following demands of the families of the men:\nthe release of the detained men, and an inquiry.",
    "The statement listed the following demands of the families of the men:\nthe release of the detained men, and an inquiry.",
  ),
  row(
    "an Arabic line ending in a question mark, then English",
    "He asked the court the question that the prisoners ask every day: لماذا؟\nThe judge did not answer him.",
    "He asked the court the question that the prisoners ask every day: لماذا؟\nThe judge did not answer him.",
  ),
];

for (const r of [...MUST_JOIN, ...MUST_NOT_JOIN]) {
  test(`unwrap: ${r.name}`, () => {
    const { text, joins } = unwrap(`${WRAPPED}\n\n${r.text}`);
    assert.equal(text, `${JOINED}\n\n${r.expected}`);
    const breaks = (s: string): number => s.match(/\n+/g)?.length ?? 0;
    assert.equal(joins, 4 + breaks(r.text) - breaks(r.expected));
  });
}

const UNCHANGED: Row[] = [
  row(
    "one paragraph per line",
    [
      "BISHKEK, March 5 — Police detained twelve protesters outside the parliament building on Tuesday, the ministry said.",
      "Three of them were fined and released.",
      "Relatives said the men had been beaten in detention, which the ministry denied in a statement issued late on Tuesday evening.",
      "The protest was the third this month.",
      "A court will hear the case next week.",
      "The group said it would appeal.",
    ].join("\n"),
    "",
  ),
  row("a list of names", "Bishkek\nOsh\nJalal-Abad\nKarakol\nNaryn\nTalas\nBatken", ""),
  row("a single long line", "Police detained twelve protesters in Bishkek on Tuesday. ".repeat(200), ""),
];

for (const r of UNCHANGED) {
  test(`unwrap: a text that is not hard-wrapped comes back unchanged: ${r.name}`, () => {
    const { text, joins } = unwrap(r.text);
    assert.equal(text, r.text);
    assert.equal(joins, 0);
  });
}

test("unwrap: a join maps back to the line break it replaced", () => {
  const { text, offsets } = unwrap(WRAPPED);
  const at = text.indexOf("detained") + "detained".length;
  assert.equal(text[at], " ");
  assert.deepEqual(offsets.rangeToOriginal(at, at + 1), [at, at + 1]);
  assert.equal(WRAPPED[offsets.toOriginal(at)], "\n");
  assert.equal(offsets.toOriginal(text.indexOf("twelve")), WRAPPED.indexOf("twelve"));
});

/** Hard-wrapped texts: words, hyphenated breaks, blank lines, trailing spaces and stray characters. */
const wrapped = fc
  .array(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom("the", "police", "said", "Osh", "men", "detained", "twelve", "court"),
      },
      fc.constantFrom(
        "demon-\nstration",
        "Issyk-\nKul",
        "anti-\nwar",
        "end.\n\nThe",
        "list:\n- a",
        " \n\n",
        "\n",
        "\r\n",
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 120 },
  )
  .map((words) => words.join(" ").replace(/(.{60,72}?) /g, "$1\n"));

test("unwrap: every offset maps into range; every character is the original's or a space for a break", () => {
  fc.assert(
    fc.property(wrapped, (raw) => {
      const { text: original } = normalise(raw);
      const { text, offsets } = unwrap(original);
      assert.equal(offsets.normLength, text.length);
      for (let n = 0; n <= text.length; n++) {
        const o = offsets.toOriginal(n);
        assert.ok(o >= 0 && o <= original.length, `offset ${n} maps to ${o}`);
        if (n === text.length) continue;
        const same = text[n] === original[o];
        assert.ok(
          same || (text[n] === " " && /\s/.test(original[o] as string)),
          `text[${n}] vs original[${o}]`,
        );
      }
    }),
    { numRuns: 300 },
  );
});

test("unwrap: a 5 MB single-line file and a 5 MB wrapped file take linear time", () => {
  const line = "Police detained twelve protesters in Bishkek on Tuesday. ".repeat(90_000);
  const lines = `${WRAPPED}\n`.repeat(15_000);
  for (const input of [line, lines]) {
    const started = performance.now();
    const { text } = unwrap(input);
    const ms = performance.now() - started;
    assert.ok(text.length > 0);
    assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms`);
  }
});

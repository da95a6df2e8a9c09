import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withLayer } from "../../model/document.js";
import { span } from "../../model/span.js";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { sentences } from "../sentences/sentences.js";
import { addDays, containingValue, parseAnchor, weekdayOf } from "./calendar.js";
import { dateForSpan, time } from "./time.js";

const resources = loadResources();

/** The times of one body text, as [words, value, type]; `date` is the document's own date line. */
function times(body: string, date: string | null = null) {
  const text = `${date ? ` date ${date}\n\n` : ""}Police report from the region\n\n${body}`;
  let doc = textDocument("t", text);
  doc = withLayer(doc, "zones", clean.run(doc, resources));
  doc = withLayer(doc, "sentences", sentences.run(doc, resources));
  const layer = time.run(doc, resources);
  return { doc, layer, rows: layer.map((t) => [text.slice(t.span.start, t.span.end), t.value, t.type]) };
}

// [body, document date, expected [words, value, type] rows]
const ANCHORED: [string, string, [string, string | null, string][]][] = [
  ["Police detained six men on Tuesday.", "2020-07-07", [["Tuesday", "2020-07-07", "DATE"]]],
  ["The raid took place last Sunday.", "2019-05-28", [["last Sunday", "2019-05-26", "DATE"]]],
  ["He was arrested yesterday.", "2022-09-28", [["yesterday", "2022-09-27", "DATE"]]],
  ["The court will rule on Monday.", "2013-03-15", [["Monday", "2013-03-18", "DATE"]]],
  ["Arrests rose this month.", "2016-12-26", [["this month", "2016-12", "DATE"]]],
  ["Arrests rose last year.", "2016-12-26", [["last year", "2015", "DATE"]]],
  ["In June, gunmen attacked a shop.", "2016-12-26", [["June", "2016-06", "DATE"]]],
  ["In June, gunmen attacked a shop.", "2016-03-02", [["June", "2015-06", "DATE"]]],
  [
    "The KNB said on December 21 that it had raided homes.",
    "2017-01-05",
    [["December 21", "2016-12-21", "DATE"]],
  ],
  ["Last September, protests began.", "2023-01-10", [["Last September", "2022-09", "DATE"]]],
  ["He was detained three days ago.", "2013-03-15", [["three days ago", "2013-03-12", "DATE"]]],
  ["Shares fell last week.", "2013-03-15", [["last week", "2013-03", "DATE"]]],
  [
    "Four years ago, on March 27, 2019, police searched homes.",
    "2023-03-27",
    [
      ["Four years ago", "2019", "DATE"],
      ["March 27, 2019", "2019-03-27", "DATE"],
    ],
  ],
  [
    "It happened between January and August of last year.",
    "2015-05-13",
    [
      ["January", "2015-01", "DATE"],
      ["August of last year", "2014-08", "DATE"],
    ],
  ],
  ["Protesters gathered over the weekend.", "2013-03-13", [["weekend", "2013-03", "DATE"]]],
  ["Clashes began on Friday evening.", "2019-05-28", [["Friday evening", "2019-05-24", "TIME"]]],
];

const UNANCHORED: [string, [string, string | null, string][]][] = [
  ["The KNB said on December 21 that it had raided homes.", [["December 21", "XXXX-12-21", "DATE"]]],
  ["Early in December, the police detained several people.", [["Early in December", "XXXX-12", "DATE"]]],
  [
    "Police said on Tuesday that men were detained last week.",
    [
      ["Tuesday", null, "DATE"],
      ["last week", null, "DATE"],
    ],
  ],
  ["The FSB announced today that it had arrested a man.", [["today", null, "DATE"]]],
  [
    "He was detained on December 20, 2016. On December 21 he was charged.",
    [
      ["December 20, 2016", "2016-12-20", "DATE"],
      ["December 21", "2016-12-21", "DATE"],
    ],
  ],
  [
    "Since the annexation in March 2014, arrests continued. Police raided homes on July 7.",
    [
      ["March 2014", "2014-03", "DATE"],
      ["July 7", "XXXX-07-07", "DATE"],
    ],
  ],
  [
    "The group was banned in 2014. In June, members were detained.",
    [
      ["2014", "2014", "DATE"],
      ["June", "XXXX-06", "DATE"],
    ],
  ],
  ["In the beginning of 2015, officials shut the old school.", [["the beginning of 2015", "2015", "DATE"]]],
  ["The attack in June 2015 killed four.", [["June 2015", "2015-06", "DATE"]]],
  ["By mid-2005 the group had grown.", [["mid-2005", "2005", "DATE"]]],
  ["The group emerged in the 1960s.", [["the 1960s", null, "DATE"]]],
  [
    "He was sentenced to two years in prison after 24 hours in custody.",
    [
      ["two years", "P2Y", "DURATION"],
      ["24 hours", "PT24H", "DURATION"],
    ],
  ],
  ["Protests during the past seven months spread.", [["the past seven months", "P7M", "DURATION"]]],
  [
    "Supporters meet every week and report daily.",
    [
      ["every week", "P1W", "SET"],
      ["daily", "P1D", "SET"],
    ],
  ],
  ["Her statement followed days after the verdict.", [["days after", null, "DATE"]]],
  [
    "The minister spoke on March 9. Earlier this month, police said 12 people were held.",
    [
      ["March 9", "XXXX-03-09", "DATE"],
      ["Earlier this month", "XXXX-03", "DATE"],
    ],
  ],
  [
    "The cases of 2010-2012 were reviewed.",
    [
      ["2010", "2010", "DATE"],
      ["2012", "2012", "DATE"],
    ],
  ],
];

// Text with no time expression in it.
const NOT_TIMES = [
  "More than 1,000 people and 2000 members joined.",
  "The Security Council adopted Resolution 2254 and Article 2015 of the code.",
  "Call +7 727 2501 2014 for details.",
  "Police found No. 1 on the list and 3/4 of the weapons.",
  "A 44-year-old man and a second suspect were detained.",
  "The group may still march through the city.",
  "Gunmen fired as soon as the patrol arrived.",
];

describe("time: anchored to the document's date", () => {
  for (const [body, date, expected] of ANCHORED) {
    it(`${date}: ${body}`, () => assert.deepEqual(times(body, date).rows, expected));
  }
});

describe("time: without a document date", () => {
  for (const [body, expected] of UNANCHORED) {
    it(body, () => assert.deepEqual(times(body).rows, expected));
  }
});

describe("time: must not match", () => {
  for (const body of NOT_TIMES) it(body, () => assert.deepEqual(times(body).rows, []));
});

describe("time: vague references", () => {
  it("marks what names no point of the calendar, and only that", () => {
    const { layer, doc } = times(
      "He recently said that, days after the raid on Monday, the same day was chosen.",
    );
    const vague = layer.filter((t) => t.vague).map((t) => doc.text.slice(t.span.start, t.span.end));
    assert.deepEqual(vague, ["recently", "days after", "the same day"]);
    assert.equal(layer.find((t) => doc.text.slice(t.span.start, t.span.end) === "Monday")?.vague, undefined);
  });
});

describe("time: values", () => {
  it("event-date values are always of the guideline forms", () => {
    const { layer } = times(
      "On Tuesday, June 3 and in 2014, last week, this year, 5 May 2017, the 1990s, three days ago.",
      "2017-06-08",
    );
    for (const t of layer) {
      if (t.type === "DATE" && t.value !== null) assert.match(t.value, /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/u);
    }
  });
});

describe("calendar", () => {
  it("knows weekdays and month ends", () => {
    assert.equal(weekdayOf({ y: 2020, m: 7, d: 7 }), 2);
    assert.deepEqual(addDays({ y: 2016, m: 3, d: 1 }, -1), { y: 2016, m: 2, d: 29 });
    assert.equal(containingValue({ y: 2019, m: 3, d: 27 }, { y: 2019, m: 3, d: 28 }), "2019-03");
    assert.equal(containingValue({ y: 2019, m: 12, d: 30 }, { y: 2020, m: 1, d: 5 }), null);
    assert.equal(parseAnchor("2016-12-26T10:00:00Z")?.d, 26);
    assert.equal(parseAnchor("yesterday"), null);
  });
});

describe("dateForSpan", () => {
  const body = "Police detained two men on Tuesday. In 2014 the group was banned. Nothing else happened.";
  const { doc, layer } = times(body, "2020-07-07");
  const at = (words: string) => {
    const start = doc.text.indexOf(words);
    return span(start, start + words.length);
  };
  const sents = doc.layers.sentences?.sentences ?? [];

  it("gives the time in the evidence's sentence", () => {
    assert.equal(dateForSpan(layer, at("detained two men"), sents)?.value, "2020-07-07");
    assert.equal(dateForSpan(layer, at("the group was banned"), sents)?.value, "2014");
  });
  it("gives null when the sentence has none", () => {
    assert.equal(dateForSpan(layer, at("Nothing else"), sents), null);
  });
  it("without sentences, only times overlapping the evidence count", () => {
    assert.equal(dateForSpan(layer, at("detained two men"), undefined), null);
    assert.equal(dateForSpan(layer, at("men on Tuesday"), undefined)?.value, "2020-07-07");
  });
  it("never gives a duration", () => {
    const d = times("He was sentenced to two years.", "2020-07-07");
    const start = d.doc.text.indexOf("sentenced");
    assert.equal(dateForSpan(d.layer, span(start, start + 9), d.doc.layers.sentences?.sentences), null);
  });
});

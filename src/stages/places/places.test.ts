import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withLayer } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { countryOf, foldName, lookupPlace } from "../../resources/gazetteer.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { sentences } from "../sentences/sentences.js";
import { places } from "./places.js";

const resources = loadResources();
const g = resources.gazetteer;

function placesOf(body: string) {
  let doc = textDocument("p", `Security report\n\n${body}`);
  doc = withLayer(doc, "zones", clean.run(doc, resources));
  doc = withLayer(doc, "sentences", sentences.run(doc, resources));
  return places.run(doc, resources).map((p) => {
    assert.equal(doc.text.slice(p.span.start, p.span.end), p.name, "the span is the name as written");
    return { name: p.name, kind: p.kind, country: p.country };
  });
}

const must: [string, string, { name: string; kind: string; country: string | null }[]][] = [
  [
    "neighbourhoods named by an area word",
    "Police in Dhaka raided houses in Gulshan and Uttara areas on Monday.",
    [
      { name: "Dhaka", kind: "city", country: "BD" },
      { name: "Gulshan", kind: "district", country: "BD" },
      { name: "Uttara", kind: "district", country: "BD" },
    ],
  ],
  [
    "city and regions with a plural kind word",
    "Police detained five men in Almaty and in the Aktobe and Atyrau regions on Monday.",
    [
      { name: "Almaty", kind: "city", country: "KZ" },
      { name: "Aktobe", kind: "region", country: "KZ" },
      { name: "Atyrau", kind: "region", country: "KZ" },
    ],
  ],
  [
    "a region word belongs to the name",
    "Two men were arrested in Almaty Province last week.",
    [{ name: "Almaty Province", kind: "region", country: "KZ" }],
  ],
  [
    "transliteration variants and former names",
    "The trial moved from Ysyk-Kol to Leninabad and then to Aqtobe.",
    [
      { name: "Ysyk-Kol", kind: "region", country: "KG" },
      { name: "Leninabad", kind: "city", country: "TJ" },
      { name: "Aqtobe", kind: "city", country: "KZ" },
    ],
  ],
  [
    "a surname that was once a place name is a person",
    "Andriy Shevchenko told reporters in Kyiv that he had been questioned.",
    [{ name: "Kyiv", kind: "city", country: "UA" }],
  ],
  [
    "occupied territory belongs to the recognised state",
    "Searches took place across the Crimean Peninsula and in Simferopol.",
    [
      { name: "Crimean Peninsula", kind: "region", country: "UA" },
      { name: "Simferopol", kind: "city", country: "UA" },
    ],
  ],
  [
    "an unknown name before a district word takes the country of the places near it",
    "Officers searched homes in Simferopol and in the Zarechnoye district.",
    [
      { name: "Simferopol", kind: "city", country: "UA" },
      { name: "Zarechnoye district", kind: "district", country: "UA" },
    ],
  ],
  [
    "country names, acronyms and possessives",
    "Kyrgyzstan's security service said the men had returned from Syria via the U.S. and Turkey.",
    [
      { name: "Kyrgyzstan", kind: "country", country: "KG" },
      { name: "Syria", kind: "country", country: "SY" },
      { name: "U.S.", kind: "country", country: "US" },
      { name: "Turkey", kind: "country", country: "TR" },
    ],
  ],
  [
    "a facility named after its city",
    "He was held at the Bishkek Central Prison before the hearing.",
    [{ name: "Bishkek Central Prison", kind: "facility", country: "KG" }],
  ],
  [
    "country context picks the right namesake",
    "Police in Pakistan said the attack happened near Nowshera.",
    [
      { name: "Pakistan", kind: "country", country: "PK" },
      { name: "Nowshera", kind: "city", country: "PK" },
    ],
  ],
  [
    "a small town again without a locative, once the document has named it as a place",
    "Police searched a house in the town of Kerben. Two brothers had left Kerben for Syria.",
    [
      { name: "Kerben", kind: "city", country: "KG" },
      { name: "Kerben", kind: "city", country: "KG" },
      { name: "Syria", kind: "country", country: "SY" },
    ],
  ],
];

const mustNot: [string, string, string[]][] = [
  [
    "a surname before the full name is given",
    "Critics in Berlin spoke of Merkel’s policy. Chancellor Angela Merkel rejected it.",
    ["Berlin"],
  ],
  [
    "a unit of an organisation named by its acronym",
    "Police in Peshawar said so. CTD Mardan Region officers raided a house in Nowshera.",
    ["Peshawar", "Nowshera"],
  ],
  ["demonyms are not places", "Kyrgyz authorities and the Kazakh Service of the radio reported it.", []],
  [
    "common words and months",
    "Police said in March that the Union of Journalists was reading the report.",
    [],
  ],
  [
    "a name inside an organisation's name",
    "The Ministry of Justice of the republic spoke to the Tehran Times.",
    [],
  ],
  ["a person's surname", "Chancellor Angela Merkel met Mary Jones in Berlin.", ["Berlin"]],
  ["a sentence-initial word", "Nice words were said. Reading the verdict took an hour.", []],
  [
    "a country inside a group's name",
    "Members of the Islamic Movement of Uzbekistan were detained in Osh.",
    ["Osh"],
  ],
  ["a generic court is no facility", "The Supreme Court upheld the verdict in Dushanbe.", ["Dushanbe"]],
];

describe("places", () => {
  for (const [what, text, expected] of must) {
    it(`finds ${what}`, () => assert.deepEqual(placesOf(text), expected));
  }
  for (const [what, text, names] of mustNot) {
    it(`does not take ${what}`, () =>
      assert.deepEqual(
        placesOf(text).map((p) => p.name),
        names,
      ));
  }
  it("gives coordinates, region and precision for a known city", () => {
    let doc = textDocument("p", "Report\n\nFour men were detained in Osh on Friday.");
    doc = withLayer(doc, "zones", clean.run(doc, resources));
    doc = withLayer(doc, "sentences", sentences.run(doc, resources));
    const [osh] = places.run(doc, resources);
    assert.equal(osh?.precision, "city");
    assert.ok(Math.abs((osh?.lat ?? 0) - 40.5) < 0.2 && Math.abs((osh?.lon ?? 0) - 72.8) < 0.2);
    assert.match(osh?.admin1 ?? "", /Osh/);
  });
});

describe("gazetteer lookups", () => {
  it("folds accents, apostrophes and hyphens", () => {
    assert.equal(foldName("Ysyk-Köl"), "ysyk kol");
    assert.equal(foldName("Qoraqalpog'iston"), "qoraqalpogiston");
  });
  it("resolves a name with a country hint", () => {
    assert.equal(lookupPlace(g, "Moscow")?.country, "RU");
    assert.equal(lookupPlace(g, "Moscow", "US")?.country, "US");
    assert.equal(lookupPlace(g, "Kiev")?.name, "Kyiv");
    assert.equal(lookupPlace(g, "Leninabad")?.name, "Khujand");
    assert.equal(lookupPlace(g, "Nowhere-on-Sea"), null);
  });
  it("maps demonyms and country names to ISO codes", () => {
    assert.equal(countryOf(g, "Kyrgyz"), "KG");
    assert.equal(countryOf(g, "Uzbek"), "UZ");
    assert.equal(countryOf(g, "Russian Federation"), "RU");
    assert.equal(countryOf(g, "U.S."), "US");
    assert.equal(countryOf(g, "Police"), null);
  });
});

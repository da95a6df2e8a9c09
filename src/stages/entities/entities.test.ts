import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type PlaceAnnotation, withLayer } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { sentences } from "../sentences/sentences.js";
import { entities } from "./entities.js";

const resources = loadResources();

/** Runs clean, sentences and entities over a title + body; `places` names words the places layer found. */
function read(body: string, places: [string, string, PlaceAnnotation["kind"]][] = []) {
  const text = `Security news of the week\n\n${body}`;
  let doc = textDocument("e", text);
  doc = withLayer(doc, "zones", clean.run(doc, resources));
  doc = withLayer(doc, "sentences", sentences.run(doc, resources));
  const layer: PlaceAnnotation[] = [];
  for (const [name, country, kind] of places) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      layer.push({ name, kind, country, span: { start: i, end: i + name.length } });
    }
  }
  doc = withLayer(doc, "places", layer);
  return entities.run(doc, resources);
}

const find = (es: ReturnType<typeof read>, mention: string) => es.find((e) => e.mentions.includes(mention));

describe("entities: names the knowledge base knows", () => {
  const rows: [string, string, string, string | null][] = [
    // body, mention, kb id, country
    [
      "Officers of the Federal Security Service searched six homes.",
      "Federal Security Service",
      "kb:ru-fsb",
      "RU",
    ],
    ["Lawyers said the FSB had planted the books.", "FSB", "kb:ru-fsb", "RU"],
    ["Members of Hizb ut Tahrir were detained.", "Hizb ut Tahrir", "kb:hizb-ut-tahrir", null],
    ["A report by Human Rights Watch described the trial.", "Human Rights Watch", "kb:hrw", null],
    ["The men had joined ISIS-K, officials in Kabul said.", "ISIS-K", "kb:iskp", "AF"],
    ["Police said the suspects were in contact with Reuters.", "Reuters", "kb:reuters", null],
  ];
  for (const [body, m, id, country] of rows) {
    it(`${m} → ${id}`, () => {
      const e = find(read(body), m);
      assert.equal(e?.id, id);
      assert.equal(e?.country, country);
    });
  }

  it("chooses between same-named bodies by the country in context", () => {
    const kz = read(
      "In Almaty, the National Security Committee detained two men. Kazakhstan banned the group.",
    );
    const kg = read(
      "In Bishkek, the National Security Committee detained two men. Kyrgyzstan banned the group.",
    );
    assert.equal(find(kz, "National Security Committee")?.id, "kb:kz-knb");
    assert.equal(find(kg, "National Security Committee")?.id, "kb:kg-gknb");
  });

  it("a generic name without its country in context is not forced onto a known body", () => {
    const e = find(
      read("In Wuerzburg the Interior Ministry said the attacker acted alone."),
      "Interior Ministry",
    );
    assert.equal(e?.type, "government_body");
    assert.ok(!e?.id?.startsWith("kb:"));
  });

  it("a country adjective before a generic name picks that country's body and stays in the mention", () => {
    const e = find(
      read("Officials said the Kyrgyz Interior Ministry had opened a case."),
      "Kyrgyz Interior Ministry",
    );
    assert.equal(e?.id, "kb:kg-mvd");
  });

  it("a unit number and an outlet's language service", () => {
    const es = read("Members of RAB-3 detained him, RFE/RL's Kazakh Service reported. RFE/RL said more.");
    assert.equal(find(es, "RAB-3")?.type, "government_body");
    assert.notEqual(find(es, "RAB-3")?.id, "kb:bd-rab");
    assert.deepEqual(find(es, "RFE/RL")?.mentions, ["RFE/RL's Kazakh Service", "RFE/RL"]);
  });
});

describe("entities: general patterns", () => {
  it("title + name is a person with the title as role, the adjective giving the country", () => {
    const e = find(
      read("On Monday, Kyrgyz Deputy Prime Minister Temir Osmonaliev spoke in Osh."),
      "Temir Osmonaliev",
    );
    assert.equal(e?.type, "person");
    assert.equal(e?.role, "Deputy Prime Minister of Kyrgyzstan");
  });

  it("a role noun before the name and an apposition after it give the role", () => {
    const es = read(
      "The books were religious, theologian Berik Saparov told us. Nurlan Abenov, a lawyer from Taraz, disagreed.",
    );
    assert.equal(find(es, "Berik Saparov")?.role, "theologian");
    assert.equal(find(es, "Nurlan Abenov")?.role, "lawyer");
  });

  const heads: [string, string, string][] = [
    [
      "The Ministry of Emergency Situations sent rescuers.",
      "Ministry of Emergency Situations",
      "government_body",
    ],
    [
      "A judge of the Pervomaisky District Court read the verdict.",
      "Pervomaisky District Court",
      "government_body",
    ],
    [
      "Staff of the Centre for Legal Aid and Public Advocacy visited him.",
      "Centre for Legal Aid and Public Advocacy",
      "organization",
    ],
    ["Leaders of the Green Valley Party were questioned.", "Green Valley Party", "organization"],
    ["The interview was broadcast by Mountain Voice Radio last week.", "Mountain Voice Radio", "media"],
    ["Officers from the Kerala police searched the office.", "Kerala police", "government_body"],
  ];
  for (const [body, m, type] of heads) {
    it(`${m} → ${type}`, () => assert.equal(find(read(body, [["Kerala", "IN", "region"]]), m)?.type, type));
  }

  const notEntities: [string, string][] = [
    ["Earlier this month, officials met again.", "Earlier"],
    ["On Monday and Tuesday the trial went on.", "Monday"],
    ["Kyrgyz officials denied it.", "Kyrgyz"],
    ["He quoted Surah Yusuf at the hearing.", "Surah Yusuf"],
    ["Police said a man was detained. The ministry later confirmed it.", "The ministry"],
    ["Police said the group was banned. The group denied it.", "The group"],
    ["Many Deputies voted against the law.", "Many Deputies"],
  ];
  for (const [body, m] of notEntities) {
    it(`must not match: ${m}`, () => {
      const es = read(body);
      assert.ok(
        !es.some((e) => e.mentions.some((x) => x.includes(m) || (m.includes(x) && x.length > 3))),
        JSON.stringify(es),
      );
    });
  }
});

describe("entities: coreference", () => {
  it("a surname is a mention of the full name", () => {
    const es = read("Aibek Toktogulov was detained in May. Toktogulov denies the charges.");
    const people = es.filter((e) => e.type === "person");
    assert.equal(people.length, 1);
    assert.deepEqual(people[0]?.mentions, ["Aibek Toktogulov", "Toktogulov"]);
    assert.equal(people[0]?.spans.length, 2);
  });

  it("an acronym defined in brackets is a mention of the name before it", () => {
    const es = read("The Mountain Defence Front (MDF) claimed the attack. Later the MDF denied it.");
    const e = find(es, "Mountain Defence Front");
    assert.deepEqual(e?.mentions, ["Mountain Defence Front", "MDF"]);
    assert.equal(e?.spans.length, 3);
    assert.equal(e?.type, "organization");
  });

  it("an alias is a mention of the same person", () => {
    const es = read("The suspect is Karim Usmonov alias Sherzod, 28, of Khujand.");
    assert.deepEqual(find(es, "Karim Usmonov")?.mentions, ["Karim Usmonov", "Sherzod"]);
  });
});

describe("entities: locations from the places layer", () => {
  it("every place becomes a location, repeated names grouped, with the country", () => {
    const es = read("Clashes in Batken spread to Osh. Batken stayed calm later.", [
      ["Batken", "KG", "region"],
      ["Osh", "KG", "city"],
    ]);
    const batken = find(es, "Batken");
    assert.equal(batken?.type, "location");
    assert.equal(batken?.country, "KG");
    assert.equal(batken?.spans.length, 2);
    assert.equal(find(es, "Osh")?.type, "location");
  });

  it("a place inside a body's name is part of that name, not a location", () => {
    const es = read("The Osh City Court sentenced him.", [["Osh", "KG", "city"]]);
    assert.equal(find(es, "Osh City Court")?.type, "government_body");
    assert.ok(!es.some((e) => e.type === "location"));
  });
});

describe("entities: only the body counts", () => {
  it("the byline's author is not an entity", () => {
    const doc = read("By Dana Nurova\n\nPolice in Osh detained three men on Friday, Dana Nurova reports.");
    assert.ok(!doc.some((e) => e.name === "Dana Nurova"), JSON.stringify(doc));
  });
});

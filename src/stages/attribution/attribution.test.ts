import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type EntityAnnotation, withLayer } from "../../model/document.js";
import { span } from "../../model/span.js";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { sentences } from "../sentences/sentences.js";
import { attribution, sourceOf } from "./attribution.js";

const resources = loadResources();
function read(body: string, entities: (text: string) => EntityAnnotation[] = () => []) {
  let doc = textDocument("a", `Arrests reported in the region\n\n${body}`);
  doc = withLayer(doc, "zones", clean.run(doc, resources));
  doc = withLayer(doc, "sentences", sentences.run(doc, resources));
  doc = withLayer(doc, "entities", entities(doc.text));
  const layer = attribution.run(doc, resources);
  /** The source of the innermost attribution around `words`, or "author". */
  const who = (words: string) => {
    const at = doc.text.indexOf(words);
    assert.ok(at >= 0, words);
    return sourceOf(layer, span(at, at + words.length))?.source ?? "author";
  };
  return { doc, layer, who };
}

// [text, clause, source of the clause]
const MATCH: [string, string, string][] = [
  ["The KNB said that it had detained 16 men in Aktobe.", "it had detained 16 men", "The KNB"],
  ["Sixteen men were detained in Aktobe, the KNB said.", "Sixteen men were detained", "the KNB"],
  [
    "Sixteen men were detained in Aktobe, said Rafik Mambetaliev.",
    "Sixteen men were detained",
    "Rafik Mambetaliev",
  ],
  [
    "Six people were detained on Tuesday, lawyer Emil Kurbedinov told Interfax.",
    "Six people were detained",
    "lawyer Emil Kurbedinov",
  ],
  ["Police told reporters that two officers were wounded.", "two officers were wounded", "Police"],
  ["The agents searched 25 homes, according to Ukrinform.", "The agents searched 25 homes", "Ukrinform"],
  [
    "According to Amnesty International, the three men were tortured.",
    "the three men were tortured",
    "Amnesty International",
  ],
  [
    "The figure rose to 22, according to an estimate by the Interior Ministry in February.",
    "The figure rose to 22",
    "the Interior Ministry",
  ],
  [
    "“Six people have been detained in the raids,” Kurbedinov said.",
    "Six people have been detained",
    "Kurbedinov",
  ],
  [
    "The lawyer said: «The detainees are held at the FSB branch in Sevastopol.»",
    "The detainees are held",
    "The lawyer",
  ],
  ['"The searches lasted all night long," the prosecutor said.', "The searches lasted", "the prosecutor"],
  [
    "The Interior Ministry on Thursday announced that 40 people had been arrested.",
    "40 people had been arrested",
    "The Interior Ministry",
  ],
  [
    "The militants had been involved in attacks, the committee said in a statement.",
    "The militants had been involved",
    "the committee",
  ],
  [
    "The Counter-Terrorism Department claimed to have killed four suspects.",
    "killed four suspects",
    "The Counter-Terrorism Department",
  ],
  ["Prosecutors alleged that the men had planned an attack.", "the men had planned an attack", "Prosecutors"],
  [
    "The group was banned last year, says a press release issued by the ministry.",
    "The group was banned",
    "a press release issued by the ministry",
  ],
];

// sentences with no attribution at all: the author's voice
const NO_MATCH: string[] = [
  "Police detained 16 men in Aktobe on Tuesday.",
  "The men were said to have been killed in Syria.",
  "No casualties among the police were reported.",
  "The reported arrests drew protests in the capital.",
  "According to the results, 20 people were detained.",
  "He was detained for carrying a ‘banned’ leaflet.",
  "Dozens of protesters have reportedly been sentenced to death.",
];

describe("attribution", () => {
  for (const [text, clause, source] of MATCH) {
    it(`${JSON.stringify(clause)} is said by ${JSON.stringify(source)}`, () => {
      assert.equal(read(text).who(clause), source);
    });
  }

  for (const text of NO_MATCH) {
    it(`leaves ${JSON.stringify(text)} to the author`, () => {
      assert.deepEqual(read(text).layer, []);
    });
  }

  it("gives an embedded post's line to its poster, by the signature after it", () => {
    const { who } = read(
      "The raids went on all day.\n\nPolice detained ten students outside the court in Pune pic.example.com/x1 — City News (@citynews) March 3, 2024\n\nThe court adjourned.",
    );
    assert.equal(who("Police detained ten students"), "City News");
    assert.equal(who("The court adjourned"), "author");
    assert.equal(who("The raids went on"), "author");
  });

  it("a line ending in a name and a date is no post without a handle", () => {
    const { layer } = read(
      "Police detained ten students outside the court in Pune — City News March 3, 2024",
    );
    assert.ok(!layer.some((a) => a.kind === "post"));
  });

  it("names the poster where the signature names it, even when the handle repeats the name", () => {
    const { layer, doc } = read(
      "Police detained ten students outside the court in Pune — citynews (@citynews) March 3, 2024",
    );
    const post = layer.find((a) => a.kind === "post");
    assert.equal(post?.source, "citynews");
    assert.equal(post?.cue && doc.text.slice(post.cue.start, post.cue.end), "@citynews");
    assert.ok(post?.speaker && post.cue && post.speaker.end < post.cue.start);
  });

  it("gives a nested clause its innermost speaker", () => {
    const { who, layer } = read(
      "RFE/RL's Kazakh Service reported that the KNB said 16 men had been detained.",
    );
    assert.equal(who("16 men had been detained"), "the KNB");
    assert.equal(layer.length, 2);
    assert.equal(who("the KNB said"), "RFE/RL's Kazakh Service");
  });

  it("resolves a pronoun speaker to the speaker named just before", () => {
    const { who } = read(
      "Kurbedinov said the searches were illegal. Two detainees refused to cooperate, he said.",
    );
    assert.equal(who("Two detainees refused"), "Kurbedinov");
  });

  it("resolves a pronoun speaker to the nearest entity of its kind when no speaker is recent", () => {
    const text =
      "Kurbedinov said the searches were illegal. The raids lasted all day. Police sealed the street. Lawyer Ayder Azamatov arrived at noon. Two detainees refused to cooperate, he said.";
    const { who } = read(text, (t) => [
      {
        name: "Ayder Azamatov",
        type: "person",
        mentions: ["Ayder Azamatov"],
        spans: [span(t.indexOf("Ayder"), t.indexOf("Ayder") + 14)],
      },
    ]);
    assert.equal(who("Two detainees refused"), "Ayder Azamatov");
  });

  it("drops a pronoun speaker with nobody to refer to", () => {
    assert.deepEqual(read("Two detainees refused to cooperate, he said.").layer, []);
  });

  it("lets a quote paragraph with no cue keep the previous quote's speaker", () => {
    const { who } = read(
      "“The raids were illegal from the start,” Kurbedinov said.\n\n“The detainees were not allowed to see their lawyers.”",
    );
    assert.equal(who("The detainees were not allowed"), "Kurbedinov");
  });

  it("records the cue, the speaker span and the kind", () => {
    const { doc, layer } = read("Sixteen men were detained in Aktobe, the KNB said in a statement.");
    const a = layer[0];
    assert.ok(a?.cue && a.speaker);
    assert.equal(doc.text.slice(a.cue.start, a.cue.end), "said");
    assert.equal(doc.text.slice(a.speaker.start, a.speaker.end), "the KNB");
    assert.equal(a.kind, "statement");
  });

  it("stays linear on a long single-line text (regression guard)", () => {
    const body =
      "Police detained 16 men, the KNB said. “Six people were detained there,” he told Interfax. ".repeat(
        3000,
      );
    const started = Date.now();
    assert.equal(read(body).layer.length, 6000);
    assert.ok(Date.now() - started < 20000);
  });
});

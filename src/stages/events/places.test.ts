import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventAnnotation } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { buildPipeline, runPipeline } from "../../pipeline.js";
import { loadResources } from "../../resources/resources.js";

const resources = loadResources();
const pipeline = buildPipeline();

/** The events of a short news text (a headline line, then the body). */
function eventsOf(body: string): EventAnnotation[] {
  const doc = runPipeline(pipeline, textDocument("t", `Security news of the week\n\n${body}`), resources);
  return [...(doc.layers.events ?? [])];
}

/** Rows: what the row shows, the text, the event type, the place names of its first event of that type. */
const rows: [string, string, string, string[]][] = [
  [
    "a dateline is where the reporter is",
    "BISHKEK (Agency) — Police detained four men in Osh on Monday.",
    "arrest",
    ["Osh"],
  ],
  [
    "a dateline alone gives no place",
    "Tashkent, May 3, Agency - Police detained four men on Monday.",
    "arrest",
    [],
  ],
  [
    "a place of a relative clause about someone else",
    "Police detained two men, one of whom had fought in Syria, in Osh on Friday.",
    "arrest",
    ["Osh"],
  ],
  [
    "a relative clause about the operation itself",
    "Police detained nine men in a security operation, which was conducted in Osh and Jalal-Abad.",
    "arrest",
    ["Osh", "Jalal-Abad"],
  ],
  [
    "a region that only locates the town after it",
    "Police detained two men in Sughd's Panjakent on Friday.",
    "arrest",
    ["Panjakent"],
  ],
  [
    "a landmark after near",
    "Three gunmen were killed in a clash with police in Kara-Suu near Osh on Monday.",
    "clash",
    ["Kara-Suu"],
  ],
  [
    "the place of a background statement",
    "Three members of a movement banned in Tatarstan were detained on Monday.",
    "arrest",
    [],
  ],
  [
    "the place of the speaker",
    "Four protesters were detained on Monday, Bavaria's interior minister said.",
    "arrest",
    [],
  ],
  [
    "a place with no country inside an outlet's name",
    "Radio Free Europe reported that police detained two men on Sunday.",
    "arrest",
    [],
  ],
  [
    "the city refers back to the last town named",
    "A bomb exploded near a market in Osh on Monday.\n\nOn Tuesday police detained five men in the city.",
    "arrest",
    ["Osh"],
  ],
  [
    "a relative clause with 'who' is about the person, even right after the trigger",
    "On Monday a teacher was detained in Osh, who had once studied in Samarkand.",
    "arrest",
    ["Osh"],
  ],
  [
    "a person's relative clause is no place of the act when the sentence names none other",
    "On Monday a teacher was detained, who later died in a prison in Samarkand.",
    "arrest",
    [],
  ],
  [
    "an act with no place goes on at the place of the act told before in the paragraph",
    "Gunmen attacked a police post in Osh on Monday. Police killed two of them on Tuesday.",
    "killing",
    ["Osh"],
  ],
  [
    "and across a paragraph break from the sentence just before, for the operations",
    "On Monday gunmen attacked a police post in Osh.\n\nPolice killed four gunmen and detained two others.",
    "arrest",
    ["Osh"],
  ],
  [
    "but a trial does not take the place of the operations before it",
    "On Monday police detained four men in Osh.\n\nA court sentenced a blogger to five years on Friday.",
    "sentence",
    [],
  ],
  [
    "nor an act of the paragraph after next",
    "Gunmen attacked a police post in Osh on Monday.\n\nThe attack was condemned.\n\nPolice killed two gunmen on Friday.",
    "clash",
    [],
  ],
  [
    "a noun that names only the country gives way to the verb that tells where in it",
    "Protests broke out after the arrest of opposition leader Adil Temirov in Kyrgyzstan.\n\nOn Monday, Adil Temirov was arrested at his home in Bishkek by the police.",
    "arrest",
    ["Bishkek"],
  ],
  [
    "protests across a country, then the towns where protesters gathered",
    "Protests spread across Kyrgyzstan on Saturday.\n\nProtesters gathered in Osh, Naryn and Talas on Saturday.",
    "protest",
    ["Osh", "Naryn", "Talas"],
  ],
  [
    "a place on the other side of 'while' is the other act's",
    "Soldiers killed two gunmen on May 18, while on May 16 three militants were killed in Osh.",
    "clash",
    [],
  ],
  [
    "and the act of the other clause does not take it",
    "On Monday police detained two men in Osh, while on Sunday soldiers killed three militants.",
    "clash",
    [],
  ],
  [
    "across a paragraph break, an act with a date of its own does not take the places before",
    "On Monday gunmen attacked a police post in Osh.\n\nOn Friday soldiers killed four militants.",
    "clash",
    [],
  ],
  [
    "a later statement adds the village it names inside the region the first named",
    "Five militants were killed on Friday in the republic of Dagestan, officials said.\n\nA gunfight with the cell went on for hours in the village of Gubden.",
    "clash",
    ["Dagestan", "Gubden"],
  ],
  [
    "a search that names the town of the operation again adds the place beside it",
    "Two militants were killed in a gunfight in Kashmir's Kupwara district on Monday.\n\nThe security forces had launched a search operation in the forests of Handwara in Kupwara.",
    "clash",
    ["Kupwara", "Handwara"],
  ],
  [
    "an age before 'from' says where a person comes from",
    "A second suspect, a 19-year-old from Naryn, was detained in Osh on Monday.",
    "arrest",
    ["Osh"],
  ],
  [
    "an act in a clause about a person has only that clause's places",
    "On Monday, residents of Naryn rallied for the release of four men who had been detained.",
    "arrest",
    [],
  ],
  [
    "but a clause that ends before the act's own verb does not hold it",
    "In Naryn, four men who took part in a rally were detained on Monday.",
    "arrest",
    ["Naryn"],
  ],
  [
    "'the operation' refers back to the arrests' operation and names where it was",
    "Police detained 12 members of a banned group on Monday.\n\nLittle was said of the operation, which officers said took place in Osh and Naryn.",
    "arrest",
    ["Osh", "Naryn"],
  ],
];

describe("events: places", () => {
  it("'the operation' with no arrest or death to join is no event", () => {
    assert.deepEqual(
      eventsOf("Officials praised the operation, which they said was conducted in Osh.").map((e) => e.type),
      [],
    );
  });
  it("protests 'in other cities' are another occurrence, with none of the places before", () => {
    const protests = eventsOf(
      "Thousands protested in Osh on Saturday against the new law.\n\nThere were also rallies in other towns.",
    ).filter((e) => e.type === "protest");
    assert.deepEqual(
      protests.map((e) => e.places.map((p) => p.name)),
      [["Osh"], []],
    );
  });
  for (const [what, text, type, names] of rows) {
    it(what, () => {
      const ev = eventsOf(text).find((e) => e.type === type);
      assert.ok(ev, `an ${type} event`);
      assert.deepEqual(
        ev.places.map((p) => p.name),
        names,
      );
    });
  }
});

describe("events: a dateline on the stored page's date line", () => {
  it("is where the reporter is, not the event's place", () => {
    const text = " date 2021-06-05 LAHORE/KARACHI: Police detained four men in Multan on Saturday.\n";
    const doc = runPipeline(pipeline, textDocument("t", text), resources);
    const ev = (doc.layers.events ?? []).find((e) => e.type === "arrest");
    assert.deepEqual(
      ev?.places.map((p) => p.name),
      ["Multan"],
    );
  });
});

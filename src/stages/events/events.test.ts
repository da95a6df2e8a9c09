import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventAnnotation } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { buildPipeline, runPipeline } from "../../pipeline.js";
import { loadResources } from "../../resources/resources.js";
import { compatibleCounts, compatibleDates } from "./events.js";

const resources = loadResources();
const pipeline = buildPipeline();

/** The events of a short news text (a headline line, then the body). */
function eventsOf(body: string): EventAnnotation[] {
  const doc = runPipeline(pipeline, textDocument("t", `Security news of the week\n\n${body}`), resources);
  return [...(doc.layers.events ?? [])];
}

describe("events: each type from its trigger", () => {
  const cases: [string, string, { agent?: string; patient?: string }][] = [
    [
      "arrest",
      "Police detained three men in the capital on Tuesday.",
      { agent: "Police", patient: "three men" },
    ],
    [
      "arrest",
      "Five protesters were arrested by the police.",
      { agent: "the police", patient: "Five protesters" },
    ],
    [
      "arrest",
      "Officers took nearly forty people into custody after the march.",
      { patient: "nearly forty people" },
    ],
    [
      "sentence",
      "The court sentenced two activists to five years in prison.",
      { agent: "The court", patient: "two activists" },
    ],
    ["sentence", "Four men were found guilty of extremism last week.", { patient: "Four men" }],
    ["attack", "Gunmen attacked a police checkpoint near the border.", { agent: "Gunmen" }],
    ["clash", "Security forces killed four militants in a gunfight.", { agent: "Security forces" }],
    [
      "clash",
      "Troops killed three terror suspects near the border.",
      { agent: "Troops", patient: "three terror suspects" },
    ],
    ["arrest", "Two men were detained during a police raid in Osh.", { agent: "police", patient: "Two men" }],
    [
      "clash",
      "Troops killed the region's most wanted rebel commander in a gunfight.",
      { agent: "Troops", patient: "the region's most wanted rebel commander" },
    ],
    ["killing", "Soldiers shot dead two farmers at a market.", { agent: "Soldiers" }],
    ["protest", "Thousands of people rallied in the capital against the new law.", {}],
    [
      "ban",
      "The Supreme Court banned the movement in 2015.",
      { agent: "The Supreme Court", patient: "the movement" },
    ],
    ["escape", "Three prisoners escaped from a jail in the north.", {}],
    ["raid", "Police raided the homes of several activists.", { agent: "Police" }],
    ["release", "Two journalists were released on bail.", {}],
    [
      "charge",
      "Prosecutors charged the blogger with extremism.",
      { agent: "Prosecutors", patient: "the blogger" },
    ],
    ["mobilize", "The brothers travelled to Syria in 2014 to join the militants.", {}],
    [
      "attack",
      "Islamic State militants killed five soldiers near the border.",
      { agent: "Islamic State militants" },
    ],
    ["arrest", "The man, who had been wanted since 2015, was arrested with three accomplices on Monday.", {}],
    [
      "arrest",
      "The suspect, a 24-year-old student from the capital, was arrested by police on Monday.",
      { agent: "police", patient: "The suspect, a 24-year-old student from the capital" },
    ],
  ];
  for (const [type, text, args] of cases) {
    it(`${type}: ${text}`, () => {
      const evs = eventsOf(text);
      const ev = evs.find((e) => e.type === type);
      assert.ok(ev, `no ${type} in ${JSON.stringify(evs.map((e) => e.type))}`);
      if (args.agent) assert.equal(ev.agent, args.agent);
      if (args.patient) assert.equal(ev.patient, args.patient);
      assert.ok(ev.explanation.rule.length > 0);
      assert.ok(text.includes(ev.evidence), "evidence is verbatim");
    });
  }
});

describe("events: arguments beyond the verb's own clause", () => {
  const cases: [
    string,
    string,
    { agent?: string | null; patient?: string | null; count?: [string, number] },
  ][] = [
    [
      "arrest",
      "The driver, a 40-year-old farmer, was stopped at a checkpoint by soldiers and arrested on Friday.",
      { agent: "soldiers", patient: "The driver, a 40-year-old farmer", count: ["arrested", 1] },
    ],
    [
      "arrest",
      "Troops killed nine rebels on Monday and detained several others.",
      { agent: "Troops", patient: "several others" },
    ],
    [
      "abuse",
      "The two students were held for a week on Monday and allegedly beaten.",
      { patient: "The two students" },
    ],
    [
      "attack",
      "A man who went on a rampage in the port on Sunday, stabbing two guards, was shot.",
      { agent: "A man" },
    ],
    [
      "charge",
      "Four people, including one who was injured in the blast, were charged on Monday.",
      { patient: "Four people, including one who was injured in the blast", count: ["charged", 4] },
    ],
    [
      "mobilize",
      "Two brothers - both students at the university - travelled to Syria in 2015.",
      { agent: "Two brothers" },
    ],
    [
      "arrest",
      "On May 2, Omar Aliyev (41), Rustam Nabiev (29) and Aziz Kamolov (33) were arrested in the capital.",
      { count: ["arrested", 3] },
    ],
    [
      "sentence",
      "On May 4, a teacher from the Khatlon region's Vose district was sentenced to seven years in prison.",
      { count: ["sentenced", 1] },
    ],
    [
      "charge",
      "On June 1, the blogger was charged with inciting hatred.",
      { agent: null, patient: "the blogger" },
    ],
    [
      "release",
      "On June 2, one man stayed in custody and three others conditionally released.",
      { count: ["released", 3] },
    ],
    [
      "protest",
      "On June 3, supporters of the jailed cleric went out in protests in the capital.",
      { agent: "supporters of the jailed cleric" },
    ],
    [
      "attack",
      "On June 4, a man armed with an axe attacked two guards at the station.",
      { agent: "a man armed with an axe", patient: "two guards" },
    ],
    [
      "mobilize",
      "On June 5, two brothers left Aleppo for Syria to join the militants.",
      { agent: "two brothers", patient: null },
    ],
    [
      "arrest",
      "On June 6, three men were arrested for the murder, a report published by their lawyers said.",
      { agent: null, patient: "three men" },
    ],
    ["ban", "Mobile internet shutdown hit the whole province on June 10.", { agent: null }],
    [
      "arrest",
      "Protests spread after the opposition leader's arrest in the capital on May 9.",
      { patient: "the opposition leader" },
    ],
    [
      "attack",
      "The rebels' attack on the convoy killed two soldiers on Monday.",
      { agent: "The rebels", patient: "two soldiers" },
    ],
    ["arrest", "Police confirmed Thursday's arrests in the capital.", { patient: null }],
    [
      "arrest",
      "Police on Monday arrested five activists in the capital.",
      { agent: "Police", patient: "five activists" },
    ],
    [
      "arrest",
      "Five activists last week were detained by police.",
      { agent: "police", patient: "Five activists" },
    ],
    [
      "attack",
      "In Nantes, police reported six arrests among youths they said attacked officers on Sunday.",
      { agent: "youths", patient: "officers" },
    ],
    [
      "ban",
      "The movement was declared an illegal organisation by the Supreme Court on May 5.",
      { agent: "the Supreme Court", patient: "The movement" },
    ],
    [
      "clash",
      "On Sunday, the police claimed to have killed three militants.",
      { agent: "the police", patient: "three militants" },
    ],
    [
      "sentence",
      "A jury in the capital took six hours to find the two brothers guilty on Friday.",
      { agent: "A jury in the capital" },
    ],
    ["arrest", "In Nantes, police reported six arrests among the protesters.", { patient: "the protesters" }],
    [
      "release",
      "On Monday, police said they had freed the students they detained at the weekend.",
      { patient: "the students" },
    ],
    [
      "ban",
      "The Freedom Front became the first party to be banned by the court in 2019.",
      { agent: "the court", patient: "The Freedom Front" },
    ],
    [
      "killing",
      "A student was killed on May 3 while in the custody of the border guards.",
      { agent: "the border guards", patient: "A student" },
    ],
    [
      "killing",
      "On June 7, four men who were jailed for the riots in the capital were hanged by the authorities.",
      { patient: "four men who were jailed for the riots in the capital", count: ["killed", 4] },
    ],
    [
      "sentence",
      "On June 8, a woman accused of funding rebels in Mali was sentenced to ten years in prison.",
      { patient: "a woman accused of funding rebels in Mali", count: ["sentenced", 1] },
    ],
    [
      "arrest",
      "On June 9, Omar Aliyev, Rustam Nabiev, and Aziz Kamolov were hanged after being arrested for the bombing.",
      { agent: null, patient: "Omar Aliyev, Rustam Nabiev, and Aziz Kamolov" },
    ],
  ];
  for (const [type, text, want] of cases) {
    it(`${type}: ${text}`, () => {
      const evs = eventsOf(text);
      const ev = evs.find((e) => e.type === type);
      assert.ok(ev, `no ${type} in ${JSON.stringify(evs.map((e) => e.type))}`);
      if (want.agent !== undefined) assert.equal(ev.agent, want.agent);
      if (want.patient !== undefined) assert.equal(ev.patient, want.patient);
      if (want.count) assert.equal(ev.counts[want.count[0] as "arrested"]?.value, want.count[1]);
    });
  }
});

describe("events: statements that report no occurrence (must not match)", () => {
  const cases: [string, string][] = [
    ["negated", "Police did not detain anyone on Sunday."],
    ["modal", "The activists could face arrest if they return."],
    ["habitual", "Police routinely detain critics of the government."],
    ["planned", "The government plans to ban the movement."],
    ["recommended", "Three regional governments have recommended a ban on the movement."],
    ["attributive participle", "Members of the banned movement live abroad."],
    ["transitive 'demonstrates'", "The report demonstrates the scale of the problem."],
    ["not people", "The ministry released few details about the case."],
    ["hypothetical", "If police arrest him, his lawyer will appeal."],
    ["infinitive", "The law allows officers to detain suspects for two days."],
    ["present passive (a rule)", "Suspects who cooperate with investigators are released after questioning."],
    ["a kind of act, not an occurrence", "Terrorist attacks remain the main concern of the government."],
    ["a state, not an act", "The movement, declared extremist and banned in 2012, still recruits online."],
    ["a state in a relative clause", "He joined a party which is banned in the country."],
    ["people named by a participle", "Relatives demand the release of all those detained."],
    ["a bare killing verb with no one on either side", "Nobody knows how many were killed."],
    [
      "a count up to a date is a tally",
      "In all, 40 people were sentenced for membership of the movement before May 2020.",
    ],
    [
      "a total is a figure",
      "More than 300 citizens have joined the Islamic State, the minister said on Monday.",
    ],
  ];
  for (const [why, text] of cases) {
    it(`${why}: ${text}`, () => {
      assert.deepEqual(
        eventsOf(text).map((e) => e.type),
        [],
      );
    });
  }
});

describe("events: one occurrence, one event", () => {
  it("a charge folded into an arrest does not make its prosecutors the arrest's agent", () => {
    const evs = eventsOf(
      "Three men were placed in custody in the capital on Monday. Prosecutors charged them with arson.",
    );
    const arrest = evs.find((e) => e.type === "arrest");
    assert.equal(evs.filter((e) => e.type === "charge").length, 0, "the charge is the arrest's");
    assert.equal(arrest?.agent, null);
  });
  it("merges a later mention of the same arrest into the first, as an `also` span", () => {
    const evs = eventsOf(
      "Police detained six men in the capital on Monday. The six men were detained in a dawn raid.",
    );
    const arrests = evs.filter((e) => e.type === "arrest");
    assert.equal(arrests.length, 1);
    assert.equal(evs.filter((e) => e.type === "raid").length, 0, "the raid of an arrest is part of it");
    assert.ok((arrests[0]?.also ?? []).length >= 1);
  });

  it("keeps apart the arrest of 'others' from an arrest before it", () => {
    const evs = eventsOf(
      "Police detained a journalist in the capital on Monday. They later arrested several others.",
    );
    assert.equal(evs.filter((e) => e.type === "arrest").length, 2);
  });

  it("a new person ('a second suspect', 'a man from…') is not the people of the arrest before", () => {
    const evs = eventsOf(
      "Police detained five activists in the capital on Monday. A second suspect, a man from the capital, was detained later.",
    );
    assert.equal(evs.filter((e) => e.type === "arrest").length, 2);
  });

  it("drops an agent that names no one who can act", () => {
    const [ev] = eventsOf("Two men were detained by the roadside on Monday.");
    assert.equal(ev?.type, "arrest");
    assert.equal(ev?.agent, null);
  });

  it("a trial does not take the date of the arrest before it", () => {
    const evs = eventsOf(
      "Police detained two students in the capital on March 3, 2021. They were convicted of extremism over a protest at the university.",
    );
    const arrest = evs.find((e) => e.type === "arrest");
    const sentence = evs.find((e) => e.type === "sentence");
    assert.equal(arrest?.date?.value, "2021-03-03");
    assert.ok(sentence, `no sentence in ${JSON.stringify(evs.map((e) => e.type))}`);
    assert.equal(sentence.date?.value ?? null, null);
  });

  it("a higher court upholding the sentences is a step apart from the verdict", () => {
    const evs = eventsOf(
      "Four men were convicted of extremism by a court in Osh. The Supreme Court later upheld their sentences.",
    );
    assert.equal(evs.filter((e) => e.type === "sentence").length, 2);
  });

  it("a death 'in the raid' is one of the raid named before, however far back", () => {
    const evs = eventsOf(
      "Police killed two gunmen in a raid in Tetovo on Thursday.\n\nA statement gave few details. Officials met. Schools stayed open. The town was quiet.\n\nLocal papers later named the gunmen who were killed in the raid.",
    );
    assert.equal(evs.filter((e) => ["clash", "killing", "attack"].includes(e.type)).length, 1);
  });

  it("but a death 'in the attack' on another day or in another town is another act", () => {
    const evs = eventsOf(
      "Police raided a house in Osh on March 3 and killed two gunmen.\n\nOfficials met. Schools stayed open.\n\nOn May 20, five soldiers were killed in the attack on a checkpoint in Naryn.",
    );
    assert.equal(evs.filter((e) => ["clash", "killing", "attack"].includes(e.type)).length, 2);
  });

  it("a region both name does not tie two deaths far apart, a town does", () => {
    const body = (place: string) =>
      `Two militants were killed in a gunfight in ${place}.\n\nThe police said the men were armed. Weapons were recovered. The area was sealed. Officials praised the troops.\n\nHe called the killing of militant commander Ali Khan in ${place} a blow to militancy.`;
    const deaths = (evs: EventAnnotation[]) => evs.filter((e) => e.type === "clash" || e.type === "killing");
    assert.equal(deaths(eventsOf(body("Kashmir"))).length, 2);
    assert.equal(deaths(eventsOf(body("Anantnag"))).length, 1);
  });

  it("keeps apart two events of different types in one sentence", () => {
    const evs = eventsOf("Security forces killed five gunmen and arrested several others.");
    assert.deepEqual(evs.map((e) => e.type).sort(), ["arrest", "clash"]);
  });

  it("keeps apart the same act in different countries", () => {
    const evs = eventsOf(
      "A court in Kazakhstan banned the movement in 2014. Kyrgyzstan and Tajikistan have also prohibited the movement.",
    );
    assert.equal(evs.filter((e) => e.type === "ban").length, 2);
  });

  it("keeps apart two acts of one type in one sentence with their own dates", () => {
    const evs = eventsOf(
      "Troops killed three militants on May 8 in the hills, while on May 6 police killed two militants in a gunfight.",
    );
    assert.deepEqual(evs.map((e) => e.date?.value).sort(), ["XXXX-05-06", "XXXX-05-08"]);
  });

  it("a later statement of an arrest in a district of the same region is the same arrest, at the first places", () => {
    const evs = eventsOf(
      'Police detained 12 members of the movement in Almaty on May 3. "Its two leaders are now in detention," a prosecutor in Talgar District, Almaty Province, told reporters.',
    );
    const arrests = evs.filter((e) => e.type === "arrest");
    assert.equal(arrests.length, 1);
    assert.deepEqual(
      arrests[0]?.places.map((p) => p.name),
      ["Almaty"],
    );
  });

  it("'with' after a passive belongs to the nearest verb ('killed …, had been charged with')", () => {
    const evs = eventsOf(
      "A third man, who was also killed in the shootout, had once been charged with gun crimes, an officer said.",
    );
    for (const e of evs) assert.ok(!/crimes/u.test(e.agent ?? ""), `${e.type} agent ${e.agent}`);
  });

  it("maps every event to PLOVER and ACLED categories from data", () => {
    const [ev] = eventsOf("Police detained three men in the capital on Tuesday.");
    assert.equal((ev as unknown as { plover: { type: string } }).plover.type, "COERCE");
    assert.equal((ev as unknown as { acled: { sub_event_type: string } }).acled.sub_event_type, "Arrests");
  });
});

describe("events: counts", () => {
  it("acts counted by their noun count their people", () => {
    const ev = eventsOf("In the capital, police reported seven arrests after the march on Sunday.").find(
      (e) => e.type === "arrest",
    );
    assert.deepEqual(ev?.counts.arrested, { value: 7, qualifier: "exact" });
  });

  it("a number set off after a person's name is an age, not a count", () => {
    const ev = eventsOf("Police in Osh arrested Ali Karimov, 34, who ran a prayer group, on Monday.").find(
      (e) => e.type === "arrest",
    );
    assert.deepEqual(ev?.counts.arrested, { value: 1, qualifier: "exact" });
  });

  it("a person noun the tagger took for a verb still heads the phrase and counts ('four terrorism suspects')", () => {
    const ev = eventsOf("Police killed four terrorism suspects.").find((e) => e.type === "clash");
    assert.equal(ev?.patient, "four terrorism suspects");
    assert.deepEqual(ev?.counts.killed, { value: 4, qualifier: "exact" });
  });

  it("'they' and 'their' count the people of the act of the case just before", () => {
    const evs = eventsOf(
      "Three men were executed in Isfahan on Friday. Last month the Supreme Court upheld their sentences.",
    );
    const ev = evs.find((e) => e.type === "sentence");
    assert.deepEqual(ev?.counts.sentenced, { value: 3, qualifier: "exact" });
    assert.match(ev?.explanation?.rule ?? "", /count of the act of the case before/u);
  });

  it("the injured counted as 'others' are the injured, not the dead before them", () => {
    const ev = eventsOf(
      "A gunman opened fire at a market in Graz on Friday, killing two people and wounding at least four others.",
    ).find((e) => e.type === "attack");
    assert.deepEqual(ev?.counts.injured, { value: 4, qualifier: "at_least" });
  });
});

describe("events: evidence", () => {
  it("a noun with no argument states its act with its determiner and its place", () => {
    const ev = eventsOf("Smoke rose over a protest in Tabriz on Friday.").find((e) => e.type === "protest");
    assert.equal(ev?.evidence, "a protest in Tabriz");
  });
});

describe("events: factuality", () => {
  it("'claimed to have killed' is an act reported by the subject, not an infinitive", () => {
    const ev = eventsOf("Police on Sunday claimed to have killed three militants near the border.").find(
      (e) => e.type === "clash",
    );
    assert.equal(ev?.agent, "Police");
    assert.equal(ev?.factuality, "reported");
  });
});

describe("events: affiliation", () => {
  it("the group a cue's noun phrase names, however long the phrase", () => {
    const ev = eventsOf(
      "Three men were arrested in Leeds on Monday on suspicion of being members of the proscribed far-right neo-Nazi group National Action.",
    ).find((e) => e.type === "arrest");
    assert.equal(ev?.affiliation, "National Action");
  });

  it("the next act of the case takes the group the act before named, only close by", () => {
    const near = eventsOf(
      "Police detained 20 suspected members of Hizb ut-Tahrir in Simferopol on March 27. On March 28, three more activists were detained in Alushta.",
    ).filter((e) => e.type === "arrest");
    assert.deepEqual(
      near.map((e) => e.affiliation),
      ["Hizb ut-Tahrir", "Hizb ut-Tahrir"],
    );
    const far = eventsOf(
      "Police detained 20 suspected members of Hizb ut-Tahrir in Simferopol on March 27. The men deny the charges. Their lawyers plan to appeal. Relatives gathered outside. On March 28, three activists were detained in Alushta.",
    ).filter((e) => e.type === "arrest");
    assert.equal(far.at(-1)?.affiliation ?? null, null);
  });

  it("'the group' is the one the last sentence naming a group was about, not one it mentions in passing", () => {
    const ev = eventsOf(
      "Hizb ut-Tahrir was founded in Jerusalem in 1953 and is said to have ties with Al-Qaeda. Kyrgyzstan outlawed the group in 2003.",
    ).find((e) => e.type === "ban");
    assert.equal(ev?.affiliation, "Hizb ut-Tahrir");
  });

  it("a ban of 'it' is of the organisation named last", () => {
    const ev = eventsOf(
      "Police detained members of Hizb ut-Tahrir in Osh. A court in Bishkek banned it in 2003.",
    ).find((e) => e.type === "ban");
    assert.equal(ev?.affiliation, "Hizb ut-Tahrir");
  });

  it("but not a group named after a clause break", () => {
    const ev = eventsOf(
      "Three men were arrested in Leeds on Monday on suspicion of being members of a gang, police said, and National Action denied any link.",
    ).find((e) => e.type === "arrest");
    assert.equal(ev?.affiliation ?? null, null);
  });
});

describe("events: places", () => {
  it("a place that says where people come from is not where the event was", () => {
    const [ev] = eventsOf("Police arrested a Texas man and a student from Lyon in Berlin on Monday.");
    assert.deepEqual(
      ev?.places.map((p) => p.name),
      ["Berlin"],
    );
  });
});

describe("events: dates", () => {
  it("the story's date crosses a paragraph break from one act of the operations to the next", () => {
    const evs = eventsOf(
      "In June, militants attacked a police station in the city.\n\nTroops killed 12 gunmen and arrested several others.",
    );
    assert.equal(evs.find((e) => e.type === "clash")?.date?.value, "XXXX-06");
    assert.equal(evs.find((e) => e.type === "arrest")?.date?.value, "XXXX-06");
  });

  it("but not into a trial, nor past the paragraph after", () => {
    const evs = eventsOf(
      "In June, militants attacked a police station in the city.\n\nFour men were later convicted of the attack.\n\nTroops killed 12 gunmen.",
    );
    assert.equal(evs.find((e) => e.type === "sentence")?.date?.value ?? null, null);
    assert.equal(evs.find((e) => e.type === "clash")?.date?.value ?? null, null);
  });

  it("a date across a comma gives way to one in the trigger's own clause", () => {
    const evs = eventsOf("The gunman, who moved to the city in 2015, attacked a bank on March 3.");
    assert.equal(evs.find((e) => e.type === "attack")?.date?.value, "XXXX-03-03");
  });

  it("a fronted date is the event's, not a year in a relative clause after the trigger", () => {
    const evs = eventsOf("On March 3, police arrested two men who had moved to the capital in 2019.");
    assert.equal(evs.find((e) => e.type === "arrest")?.date?.value, "XXXX-03-03");
  });

  it("a count by a day is one operation, not a tally", () => {
    const evs = eventsOf("Police arrested 12 people in the capital by March 3, the ministry said.");
    assert.equal(evs.filter((e) => e.type === "arrest").length, 1);
  });

  it("two attacks in two towns of one region are two events", () => {
    const evs = eventsOf(
      "Militants attacked a police post in Peshawar on March 3. Hours later, militants attacked a school in Mardan.",
    );
    assert.equal(evs.filter((e) => e.type === "attack").length, 2);
  });

  it("'the same day' takes the date of the sentence before", () => {
    const evs = eventsOf(
      "On March 3, 2021, police arrested five men in the capital. On the same day, a sixth man was detained in Osh.",
    );
    const arrests = evs.filter((e) => e.type === "arrest");
    assert.ok(arrests.length > 0);
    for (const e of arrests) assert.equal(e.date?.value, "2021-03-03");
  });

  it("a date before a noun of another act is that act's ('the November bombing')", () => {
    const evs = eventsOf(
      "Two men were arrested for their part in the November bombing of a market in Herat.",
    );
    assert.equal(evs.find((e) => e.type === "arrest")?.date?.value ?? null, null);
    assert.equal(evs.find((e) => e.type === "attack")?.date?.value, "XXXX-11");
  });

  it("a trial is not dated by the attacks it judged", () => {
    const evs = eventsOf(
      "Days after the verdict, a court sentenced 12 men over attacks in the city in June.",
    );
    assert.equal(evs.find((e) => e.type === "sentence")?.date?.value ?? null, null);
  });

  it("an undated story's first statement keeps its own date, not a later statement's", () => {
    const evs = eventsOf(
      "Protesters rallied in Tabriz on Friday. Police said the rally in Tabriz on March 3 drew thousands.",
    );
    const protest = evs.find((e) => e.type === "protest");
    assert.equal(protest?.date?.text, "Friday");
    assert.equal(protest?.date?.value, null);
  });

  it("a date in a relative clause after the trigger is that clause's", () => {
    const evs = eventsOf("Police arrested two men who had moved to the capital in 2019.");
    assert.equal(evs.find((e) => e.type === "arrest")?.date?.value ?? null, null);
  });

  it("a trigger noun that modifies another noun names a thing ('a detention centre')", () => {
    const evs = eventsOf("The activist died on May 4 in a pre-trial detention centre in Rostov.");
    assert.equal(evs.filter((e) => e.type === "arrest").length, 0);
  });

  it("only people escape: 'protests broke out' is no escape", () => {
    assert.equal(
      eventsOf("Protests broke out in Tabriz on Friday.").filter((e) => e.type === "escape").length,
      0,
    );
    assert.equal(
      eventsOf("Nine prisoners broke out of a jail in Osh.").filter((e) => e.type === "escape").length,
      1,
    );
  });

  it("acts someone carries out are an occurrence even as a bare plural ('forces conducted searches')", () => {
    const evs = eventsOf("On March 3, security forces conducted mass searches in the city of Osh.");
    assert.equal(evs.filter((e) => e.type === "raid").length, 1);
    assert.equal(eventsOf("Mass searches are a common tactic.").length, 0);
  });

  it("a dateline dates the report, not the event", () => {
    const evs = eventsOf("KABUL, March 3 (Reuters): Police arrested five men in the city on Friday.");
    assert.equal(evs.find((e) => e.type === "arrest")?.date?.value ?? null, null);
  });
});

describe("compatibleDates", () => {
  const cases: [string | null, string | null, boolean][] = [
    ["2016-12-21", "XXXX-12-21", true],
    ["2016-12", "2016-12-21", true],
    ["2016-12-21", "2016-12-22", false],
    ["2016", "2015-04", false],
    [null, "2016", true],
  ];
  for (const [a, b, ok] of cases) it(`${a} ~ ${b}: ${ok}`, () => assert.equal(compatibleDates(a, b), ok));
});

describe("compatibleCounts", () => {
  const cases: [number | null, string, number | null, string, boolean][] = [
    [150, "approx", 142, "exact", true],
    [16, "exact", 17, "exact", false],
    [300, "more_than", 200, "exact", false],
    [null, "several", 16, "exact", false],
    [null, "several", null, "several", true],
  ];
  for (const [av, aq, bv, bq, ok] of cases) {
    it(`${aq} ${av} ~ ${bq} ${bv}: ${ok}`, () =>
      assert.equal(
        compatibleCounts({ value: av, qualifier: aq } as never, { value: bv, qualifier: bq } as never),
        ok,
      ));
  }
});

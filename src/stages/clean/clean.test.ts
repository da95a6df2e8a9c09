import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "./clean.js";

const resources = loadResources();
const run = (text: string, hints = {}) => {
  const doc = textDocument("x", text, hints);
  const layer = clean.run(doc, resources);
  const zone = (kind: string) =>
    layer.zones.filter((z) => z.kind === kind).map((z) => text.slice(z.span.start, z.span.end));
  return { layer, zone, body: zone("body").join("\n") };
};

const NARRATIVE = [
  "Police in the capital detained four men on Monday on suspicion of membership in a banned group.",
  "The men were taken to a detention centre, a spokesman for the interior ministry told reporters.",
  "Relatives of the detainees said the charges were fabricated and that they would appeal.",
  "A court is expected to rule on their pre-trial detention later this week, lawyers said.",
].join("\n\n");
const page = (top: string, bottom = "") =>
  `${top}\n\nFour men detained in the capital\n\n${NARRATIVE}\n\n${bottom}`;

describe("clean: furniture leaves the body", () => {
  const rows: [string, string, string, string][] = [
    ["menu lines at the top", page("Skip to content\nHome\nWorld"), "navigation", "Skip to content"],
    ["a breaking-news bar", page("Accessibility links\n\nBreaking News"), "navigation", "Breaking News"],
    ["a short section name above the headline", page("Security"), "navigation", "Security"],
    [
      "a caption shown twice",
      page("", "").replace("\n\nPolice", "\n\nMen in a courtroom\nMen in a courtroom\n\nPolice"),
      "caption",
      "Men in a courtroom",
    ],
    [
      "a Photo: caption",
      page("").replace("\n\nPolice", "\n\nPhoto: a police car outside the court\n\nPolice"),
      "caption",
      "Photo: a police car",
    ],
    [
      "a comment section",
      page("", "3 Comments\n\nThis is outrageous, free them now!\n\nReply"),
      "comments",
      "This is outrageous",
    ],
    [
      "a comment form",
      page("", "Leave a Reply\n\nYour email address will not be published."),
      "comments",
      "Your email address",
    ],
    [
      "an author bio",
      page("", "Jane Doe\n\nJane Doe has worked for the paper since 2001.\n\nView more articles"),
      "bio",
      "has worked for",
    ],
    [
      "an about-this-blog box",
      page("", "About This Blog\n\nThe blog covers security in the region."),
      "bio",
      "The blog covers",
    ],
    ["share prompts", page("", "Share\nPrint\nFollow us on Telegram"), "prompt", "Follow us on Telegram"],
    [
      "a call to readers at the end",
      page("", "If you have information, click here to contact us."),
      "prompt",
      "If you have information",
    ],
    [
      "a copyright footer",
      page("", "© 2023 Example Media. All rights reserved."),
      "footer",
      "All rights reserved",
    ],
  ];
  for (const [name, text, kind, snippet] of rows) {
    it(name, () => {
      const { zone, body } = run(text);
      assert.ok(
        zone(kind).some((z) => z.includes(snippet)),
        `${kind} zone holds ${snippet}`,
      );
      assert.ok(!body.includes(snippet), "not in the body");
      assert.ok(body.includes(NARRATIVE.split("\n\n")[3] as string), "the narrative stays");
    });
  }
});

describe("clean: narrative stays body (must not match)", () => {
  const rows: [string, string][] = [
    ["a sentence with 'share'", "Officials did not share details of the operation with the press."],
    ["a sentence with 'reply'", "In reply, the ministry said the detainees had been released."],
    ["a short quoted sentence", "“We will not stop.”"],
    ["a one-line article", "Police detained three men in Osh on Monday"],
    ["a sentence naming a comment", "He left a comment on the ministry's page, his lawyer said."],
    [
      "a narrative line with 'if you' in the middle",
      "Smith said: if you protest, you will be arrested. He was detained.",
    ],
  ];
  for (const [name, sentence] of rows) {
    it(name, () => {
      assert.ok(run(sentence).body.includes(sentence), "alone");
      assert.ok(run(page("", sentence)).body.includes(sentence), "at the end of a page");
    });
  }
});

describe("clean: leading date line", () => {
  const rows: [string, string, string | null][] = [
    ["a `date` line before the text", " date 2019-05-28 Two militants were killed on Tuesday.", "2019-05-28"],
    ["a timestamp line", "2020-07-07 16:09:00\n\nSix people were detained.", "2020-07-07"],
    // must not match
    ["a year in the first sentence", "2019 was a year of many arrests in the region.", null],
    ["a date inside the text", "Police said on 2019-05-28 that they had detained two men.", null],
  ];
  for (const [name, text, published] of rows) {
    it(name, () => {
      const { layer, zone } = run(text);
      assert.equal(layer.meta.published, published);
      assert.equal(zone("metadata").length, published ? 1 : 0);
      if (published) assert.ok(!zone("body").join(" ").includes(published), "the date line is not body");
    });
  }
});

describe("clean: title line", () => {
  const rows: [string, string, string | null][] = [
    ["a short first line", "Three detained in Osh\n\nPolice detained three men.", "Three detained in Osh"],
    [
      "a title after a date line",
      "date 2021-01-02\nThree men detained\n\nPolice detained three men.",
      "Three men detained",
    ],
    [
      "a title with a site name",
      "Three men detained | Example News\n\nPolice detained three men.",
      "Three men detained",
    ],
    // must not match
    ["a first line that is a sentence", "Police detained three men on Monday.\nThey were released.", null],
    ["a long first line", `${"word ".repeat(60)}\n\nMore.`, null],
    [
      "a hard-wrapped first sentence",
      "A man was sentenced to ten years in\nprison on Monday, officials said.",
      null,
    ],
  ];
  for (const [name, text, title] of rows) {
    it(name, () => {
      const { layer } = run(text);
      assert.equal(layer.meta.title, title);
    });
  }

  it("prefers the title a reader found in the file's metadata", () => {
    const { layer } = run("Short line here\n\nBody text here.", { title: "From meta" });
    assert.equal(layer.meta.title, "From meta");
  });

  it("gives an empty text no zones and no title", () => {
    const { layer } = run("");
    assert.deepEqual(layer.zones, []);
    assert.equal(layer.meta.title, null);
  });
});

describe("clean: metadata", () => {
  type Row = [string, string, keyof ReturnType<typeof run>["layer"]["meta"], string | null];
  const rows: Row[] = [
    [
      "author from a By line",
      page("").replace("\n\nPolice", "\n\nBy Anna Ivanova\n\nPolice"),
      "author",
      "Anna Ivanova",
    ],
    ["author from a signature", page("", "-- Anna Ivanova"), "author", "Anna Ivanova"],
    [
      "publisher from a wire dateline",
      page("").replace("Police in", "PARIS (AFP) — Police in"),
      "publisher",
      "AFP",
    ],
    [
      "publisher from an alias in the dateline",
      page("").replace("Police in", "ASTANA (TCA) — Police in"),
      "publisher",
      "The Times of Central Asia",
    ],
    [
      "publisher from a comma dateline",
      page("").replace("Police in", "Bishkek, May 3, Interfax - Police in"),
      "publisher",
      "Interfax",
    ],
    [
      "publisher from the title line",
      "Men detained | Example Daily\n\nPolice detained three men.",
      "publisher",
      "Example Daily",
    ],
    ["publisher from a copyright line", page("", "© 2021 Example Daily"), "publisher", "Example Daily"],
    [
      "published from a date line",
      page("").replace("\n\nPolice", "\n\nMarch 27, 2023\n\nPolice"),
      "published",
      "2023-03-27",
    ],
    ["genre: press release label", page("Press Release"), "genre", "press_release"],
    ["genre: opinion label", page("Opinion"), "genre", "opinion"],
    ["genre: blog furniture", page("", "About This Blog\n\nA blog on security."), "genre", "blog"],
    [
      "genre: an organisation's own voice",
      `${NARRATIVE}\n\nThe Example Rights Centre demands their release.\n\nThe Example Rights Centre calls on the court to act.`,
      "genre",
      "press_release",
    ],
    [
      "publisher: an organisation speaking as 'We, X, urge'",
      `${NARRATIVE}\n\nWe, the Union of Example Journalists, urge the authorities to release them.`,
      "publisher",
      "the Union of Example Journalists",
    ],
    ["genre: news by default", page(""), "genre", "news"],
    // must not match
    [
      "no publisher from a source named in the story",
      page("").replace("told reporters", "told PTI"),
      "publisher",
      null,
    ],
    ["no author from a name in the story", page(""), "author", null],
    [
      "no press release from one 'The X states' in a news story",
      `${NARRATIVE}\n\nThe Interior Ministry states that the men were armed.`,
      "genre",
      "news",
    ],
  ];
  for (const [name, text, field, value] of rows)
    it(name, () => assert.equal(run(text).layer.meta[field], value));
});

describe("clean: language", () => {
  const rows: [string, string, string | null][] = [
    ["English", NARRATIVE, "en"],
    [
      "Russian",
      "Полиция задержала трёх человек в Бишкеке по подозрению в экстремизме, сообщили в ведомстве.",
      "ru",
    ],
    [
      "Kyrgyz",
      "Милиция Бишкекте экстремизмге шектелген үч адамды кармады жана тергөө башталды деп билдирди.",
      "ky",
    ],
    [
      "Kazakh",
      "Полиция Алматыда экстремизм бойынша үш адамды ұстады және тергеу басталды деп хабарлады.",
      "kk",
    ],
    [
      "Uzbek",
      "Politsiya Toshkentda ekstremizmda gumonlangan uch kishini hibsga oldi va tergov boshlandi.",
      "uz",
    ],
    ["Tajik", "Милитсия дар Душанбе се нафарро бо гумони ифротгароӣ боздошт кард ва тафтиш оғоз шуд.", "tg"],
    // must not match
    ["a very short text", "Three detained.", null],
  ];
  for (const [name, text, language] of rows)
    it(name, () => assert.equal(run(text).layer.meta.language, language));
});

describe("clean: related-article teasers at the end of a page", () => {
  it("drops a headline and its cut-off lede after the article", () => {
    const teaser =
      "Court jails five over border protest\n\nA district court on Friday sentenced five residents of a border village who had taken part in a";
    const { body, zone } = run(page("", teaser));
    assert.ok(!body.includes("Court jails five"));
    assert.ok(!body.includes("sentenced five residents"));
    assert.ok(zone("navigation").some((z) => z.startsWith("Court jails five")));
    assert.ok(body.includes("later this week, lawyers said."));
  });

  it("keeps a last paragraph that ends its sentence", () => {
    const ending =
      "Next steps for the families\n\nThe families said they would take the case to the constitutional court.";
    const { body } = run(page("", ending));
    assert.ok(body.includes("constitutional court."));
  });
});

describe("clean: an outlet's note about itself before the reader notice", () => {
  const notice =
    "If you are in the country, please note that you could face fines for sharing or liking our content.";
  it("goes to the footer", () => {
    const { body, zone } = run(page("", `Reuters has been blocked in the country since 2022.\n\n${notice}`));
    assert.ok(!body.includes("has been blocked"));
    assert.ok(zone("footer").some((z) => z.startsWith("Reuters has been blocked")));
  });

  it("keeps narrative that cites the outlet", () => {
    const { body } = run(page("", `Reuters has learned that two of the men were released.\n\n${notice}`));
    assert.ok(body.includes("Reuters has learned"));
  });
});

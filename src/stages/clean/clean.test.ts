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
  return { layer, zone };
};

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
      "date 2021-01-02\nThree detained\n\nPolice detained three men.",
      "Three detained",
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
      const { layer, zone } = run(text);
      assert.equal(layer.meta.title, title);
      assert.equal(zone("title").length, title ? 1 : 0);
    });
  }

  it("prefers the title a reader found in the file's metadata", () => {
    const { layer } = run("Short line\n\nBody text here.", { title: "From meta" });
    assert.equal(layer.meta.title, "From meta");
  });

  it("gives an empty text no zones and no title", () => {
    const { layer } = run("");
    assert.deepEqual(layer.zones, []);
    assert.equal(layer.meta.title, null);
  });
});

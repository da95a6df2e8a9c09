import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withLayer } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { sentences } from "./sentences.js";

const resources = loadResources();
function split(text: string) {
  let doc = textDocument("s", text);
  doc = withLayer(doc, "zones", clean.run(doc, resources));
  const layer = sentences.run(doc, resources);
  return { doc, layer, texts: layer.sentences.map((s) => text.slice(s.start, s.end)) };
}

describe("sentences", () => {
  it("splits body sentences and skips the title", () => {
    const { texts } = split("Arrests in Osh\n\nPolice detained two men. They were charged on Monday.");
    assert.deepEqual(texts, ["Police detained two men.", "They were charged on Monday."]);
  });

  it("gives spans that are the exact text, trimmed", () => {
    const { doc, layer } = split("Arrests reported in Osh\n\n  First one.   Second one!  \n\nThird?");
    for (const s of layer.sentences) {
      const t = doc.text.slice(s.start, s.end);
      assert.equal(t, t.trim());
      assert.ok(t.length > 0);
    }
    assert.equal(layer.sentences.length, 3);
  });

  it("tokens are words and punctuation, never whitespace", () => {
    const { doc, layer } = split("Six detained in Osh\n\nSix people were detained.");
    const toks = layer.tokens.map((t) => doc.text.slice(t.span.start, t.span.end));
    assert.deepEqual(toks, ["Six", "people", "were", "detained", "."]);
  });
});

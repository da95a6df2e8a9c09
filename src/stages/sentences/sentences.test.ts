import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withLayer } from "../../model/document.js";
import { textDocument } from "../../model/text-document.js";
import { loadResources } from "../../resources/resources.js";
import { clean } from "../clean/clean.js";
import { MAX_WORD, sentences, WINDOW, windows } from "./sentences.js";

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

describe("windows (a long single-line text goes to wink-nlp in bounded pieces)", () => {
  it("cover the text exactly, each at most WINDOW long, cut after a sentence stop", () => {
    const text = "Police detained a man in Osh. ".repeat(2000);
    const ws = windows(text, 0, text.length);
    assert.equal(ws[0]?.[0], 0);
    assert.equal(ws.at(-1)?.[1], text.length);
    for (let i = 0; i < ws.length; i++) {
      const [s, e] = ws[i] as [number, number];
      assert.ok(e - s <= WINDOW);
      if (i > 0) assert.equal(s, (ws[i - 1] as [number, number])[1]);
      if (i < ws.length - 1) assert.match(text.slice(s, e), /\. $/);
    }
  });

  it("split a long single-line body into all its sentences", () => {
    const text = `Arrests reported in Osh\n\n${"Police detained a man in Osh. ".repeat(20000)}`;
    const { layer } = split(text);
    assert.equal(layer.sentences.length, 20000);
  });

  it("leave a short text in one window", () => {
    assert.deepEqual(windows("Short text.", 0, 11), [[0, 11]]);
  });
});

describe("sentences: a run of non-space characters longer than MAX_WORD (base64, a long URL)", () => {
  it("is one opaque token and the sentences around it are still found", () => {
    const blob = "A".repeat(50_000);
    const { doc, layer, texts } = split(
      `Arrests reported in Osh\n\nPolice detained two men. ${blob} They were charged on Monday.`,
    );
    const opaque = layer.tokens.filter((t) => t.pos === "X" && t.span.end - t.span.start > MAX_WORD);
    assert.equal(opaque.length, 1);
    assert.equal(doc.text.slice(opaque[0]?.span.start, opaque[0]?.span.end), blob);
    assert.ok(texts.includes("Police detained two men."));
    assert.ok(texts.some((t) => t.endsWith("They were charged on Monday.")));
  });
});

// Tests for the HTML reader on pages written here: article text in, navigation and code out, hints.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import iconv from "iconv-lite";
import { NO_ARTICLE } from "./html-reader.js";
import { readDocument } from "./read.js";

const dir = mkdtempSync(join(tmpdir(), "attest-html-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const P1 =
  "BISHKEK, March 5 — Police detained twelve people at a peaceful rally outside the parliament " +
  "building on Tuesday, according to witnesses and a statement from a local rights group.";
const P2 =
  "The protesters were demanding the release of a journalist held since February. Officers used " +
  "batons to disperse the crowd, and at least three people were injured, the group's director said.";
const P3 =
  "The interior ministry said the rally had not been authorised and that those detained would face " +
  "administrative charges. A court hearing is scheduled for Thursday.";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Police detain protesters | Daily News</title>
<meta property="og:title" content="Police detain twelve protesters in Bishkek">
<meta property="og:site_name" content="Daily News">
<meta property="article:published_time" content="2024-03-05T23:20:00+06:00">
<meta property="article:author" content="https://www.facebook.com/dailynews">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
{"@type":"NewsArticle","author":[{"@type":"Person","name":"Aida Sultanova"}],
"publisher":{"@type":"Organization","name":"Daily News LLC"},"datePublished":"2024-03-05"}]}</script>
<style>.nav { color: red } .STYLE_TEXT {}</script></style>
<script>var tracking = "SCRIPT_TEXT";</script>
</head><body>
<nav class="menu"><ul><li><a href="/">Home NAV_TEXT</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article>
<h1>Police detain twelve protesters in Bishkek</h1>
<p>${P1}<br>Witnesses   filmed
the arrests.</p>
<p>${P2}</p>
<div hidden>HIDDEN_TEXT</div><div style="display: none">INVISIBLE_TEXT</div>
<noscript>NOSCRIPT_TEXT</noscript>
<figure><img src="rally.jpg" alt=""><figcaption>Protesters outside parliament. CAPTION_TEXT</figcaption></figure>
<p>${P3}</p>
</article></main>
<footer><a href="/about">About us</a> FOOTER_TEXT</footer>
</body></html>`;

test("html: the article's paragraphs, separated by blank lines, under its title", async () => {
  const doc = await readDocument(file("page.html", PAGE));
  assert.equal(doc.source.format, "html");
  assert.equal(doc.source.encoding, "utf-8");
  const paragraphs = doc.text.split("\n\n");
  assert.equal(paragraphs[0], "Police detain twelve protesters in Bishkek");
  assert.equal(paragraphs[1], `${P1}\nWitnesses filmed the arrests.`);
  assert.deepEqual(paragraphs.slice(2), [P2, P3]);
  assert.deepEqual(doc.warnings, []);
});

const MUST_NOT_APPEAR = [
  "SCRIPT_TEXT",
  "STYLE_TEXT",
  "NAV_TEXT",
  "HIDDEN_TEXT",
  "INVISIBLE_TEXT",
  "NOSCRIPT_TEXT",
  "FOOTER_TEXT",
  "CAPTION_TEXT",
  "Home",
  "Daily News LLC",
];

for (const text of MUST_NOT_APPEAR) {
  test(`html: "${text}" is not in the text`, async () => {
    const doc = await readDocument(file("page.html", PAGE));
    assert.ok(!doc.text.includes(text), doc.text);
  });
}

test("html: hints from meta tags and JSON-LD", async () => {
  const doc = await readDocument(file("page.html", PAGE));
  assert.deepEqual(doc.hints, {
    title: "Police detain twelve protesters in Bishkek",
    author: "Aida Sultanova",
    publisher: "Daily News",
    published: "2024-03-05",
    language: "en",
  });
});

test("html: an <svg> <title> in the body is not the page title", async () => {
  const page = PAGE.replace("<main>", "<main><svg><title>SVG_TITLE</title></svg>").replace(
    /<meta property="og:title"[^>]*>/,
    "",
  );
  const doc = await readDocument(file("svg.html", page));
  assert.equal(doc.hints.title, "Police detain protesters | Daily News");
  assert.ok(!doc.text.includes("SVG_TITLE"));
});

test("html: a page with no article is empty text and a warning, not menu text", async () => {
  const menu = `<html><head><title>Menu</title></head><body><nav><ul>
    <li><a href="/">Home</a></li><li><a href="/a">About</a></li><li><a href="/c">Contact</a></li></ul></nav>
    <div><a href="/x">Link one</a> <a href="/y">Link two</a></div></body></html>`;
  const doc = await readDocument(file("menu.html", menu));
  assert.equal(doc.text, "");
  assert.deepEqual(doc.warnings, [NO_ARTICLE]);
  assert.equal(doc.hints.title, "Menu");
});

test("html: a windows-1251 page declared by <meta http-equiv>", async () => {
  const ru = "Милиция задержала двенадцать участников митинга у здания парламента в Бишкеке во вторник.";
  const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
    <title>Новости</title></head><body><article><p>${ru}</p><p>${ru}</p></article></body></html>`;
  const doc = await readDocument(file("ru.html", iconv.encode(page, "windows-1251")));
  assert.equal(doc.source.encoding, "windows-1251");
  assert.ok(doc.text.includes(ru), doc.text);
});

test("html: a page declaring windows-1251 but saved as UTF-8 is read as UTF-8, with a warning", async () => {
  const ru = "Милиция задержала двенадцать участников митинга у здания парламента в Бишкеке во вторник.";
  const page = `<html><head><meta charset="windows-1251"><title>Новости</title></head>
    <body><article><p>${ru}</p><p>${ru}</p></article></body></html>`;
  const doc = await readDocument(file("resaved.html", page));
  assert.equal(doc.source.encoding, "utf-8");
  assert.ok(doc.text.includes(ru), doc.text);
  assert.match(doc.warnings[0] ?? "", /declares the charset "windows-1251" but is utf-8/);
});

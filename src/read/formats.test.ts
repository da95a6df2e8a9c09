// Tests for formatOf and isDocumentPath: which names are documents, and which are not.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Format } from "../model/document.js";
import { formatOf, isDocumentPath } from "./formats.js";

const MUST_MATCH: [string, Format][] = [
  ["report.txt", "text"],
  ["notes.text", "text"],
  ["README.md", "markdown"],
  ["post.markdown", "markdown"],
  ["page.html", "html"],
  ["PAGE.HTM", "html"],
  ["feed/item.xhtml", "html"],
  ["/abs/dir.with.dots/Report 2024.PDF", "pdf"],
  ["statement.docx", "docx"],
  ["C:\\Users\\me\\a.txt", "text"],
];

const MUST_NOT_MATCH: string[] = [
  "data.json",
  "sheet.xlsx",
  "old.doc",
  "image.png",
  "archive.txt.gz",
  "txt",
  "Makefile",
  ".md",
  "notes.txt.bak",
  "page.html~",
  "report.pdf.part",
  "dir/",
];

for (const [path, format] of MUST_MATCH) {
  test(`formatOf: ${path} is ${format}`, () => {
    assert.equal(formatOf(path), format);
    assert.equal(isDocumentPath(path), true);
  });
}

for (const path of MUST_NOT_MATCH) {
  test(`formatOf: ${path} is not a document`, () => {
    assert.equal(formatOf(path), null);
    assert.equal(isDocumentPath(path), false);
  });
}

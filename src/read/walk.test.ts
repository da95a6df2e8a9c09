// Tests for walkPaths: which files a directory walk yields, in which order, and what it skips.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { AttestError } from "../errors.js";
import { walkPaths } from "./walk.js";

const root = mkdtempSync(join(tmpdir(), "attest-walk-"));
after(() => rmSync(root, { recursive: true, force: true }));

const FILES = [
  "b.txt",
  "a.md",
  "c/page.html",
  "c/d/report.pdf",
  "c/d/statement.docx",
  "Z.TXT",
  // must not be yielded:
  "data.json",
  "notes.txt.bak",
  ".hidden.txt",
  ".git/HEAD.txt",
  "node_modules/pkg/README.md",
  "c/.cache/page.html",
];
for (const name of FILES) {
  mkdirSync(join(root, name, ".."), { recursive: true });
  writeFileSync(join(root, name), "x");
}
symlinkSync(root, join(root, "c", "loop")); // a symlinked directory pointing back up

async function collect(paths: string[]): Promise<(string | AttestError)[]> {
  const out: (string | AttestError)[] = [];
  for await (const item of walkPaths(paths)) out.push("path" in item ? item.path : item.error);
  return out;
}

test("walkPaths: a directory yields its documents in sorted order, skipping the rest", async () => {
  assert.deepEqual(await collect([root]), [
    join(root, "Z.TXT"),
    join(root, "a.md"),
    join(root, "b.txt"),
    join(root, "c/d/report.pdf"),
    join(root, "c/d/statement.docx"),
    join(root, "c/page.html"),
  ]);
});

const EXPLICIT: { name: string; given: string; yields: string }[] = [
  { name: "a .json file given by name", given: "data.json", yields: "data.json" },
  { name: "a hidden file given by name", given: ".hidden.txt", yields: ".hidden.txt" },
  { name: "a document given by name", given: "b.txt", yields: "b.txt" },
];

for (const row of EXPLICIT) {
  test(`walkPaths: ${row.name} is yielded as given`, async () => {
    assert.deepEqual(await collect([join(root, row.given)]), [join(root, row.yields)]);
  });
}

test("walkPaths: a missing path yields E_NOT_FOUND and the walk goes on", async () => {
  const missing = join(root, "missing");
  const [error, next] = await collect([missing, join(root, "b.txt")]);
  assert.ok(error instanceof AttestError);
  assert.equal(error.code, "E_NOT_FOUND");
  assert.equal(error.file, missing);
  assert.equal(next, join(root, "b.txt"));
});

test("walkPaths: a symlinked directory inside the walk is followed once, not into a loop", async () => {
  const found = await collect([join(root, "c")]);
  assert.ok(found.length < 20, `${found.length} paths: a loop?`);
  assert.ok(found.includes(join(root, "c/page.html")));
});

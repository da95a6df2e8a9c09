// Tests for loading gold sets and system readings: the E_GOLD failures, score.py's keying of reading ids.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { AttestError } from "../errors.js";
import { byCodePoint, loadGold } from "./gold.js";
import { keyReadings, loadSystem } from "./system.js";

const scratch = mkdtempSync(join(tmpdir(), "attest-gold-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const READING = { document: { title: "T", genre: "news" }, entities: [], events: [], figures: [] };

function goldDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(scratch, "gold-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function assertGoldError(dir: string, file: string, reason: RegExp): void {
  assert.throws(
    () => loadGold(dir),
    (e: unknown) =>
      e instanceof AttestError && e.code === "E_GOLD" && e.file === file && reason.test(e.reason),
  );
}

describe("loadGold", () => {
  test("reads readings, low-normalised texts (.html over .txt) and links, ids in file-name order", () => {
    const dir = goldDir({
      "a.gold.json": JSON.stringify(READING),
      "a.txt": "plain",
      "a.html": "<p>The \u201cHTML\u201d\r\n  text</p>",
      "a-b.gold.json": JSON.stringify(READING),
      "a-b.txt": Buffer.from([0x61, 0xff, 0x62]),
      "links.json": JSON.stringify({ events: [["a#e1", "a-b#e1"]] }),
    });
    const gold = loadGold(dir);
    assert.deepEqual(gold.ids, ["a-b", "a"]); // "a-b.gold.json" sorts before "a.gold.json"
    assert.equal(gold.texts.get("a"), '<p>the "html" text</p>');
    assert.equal(gold.texts.get("a-b"), "a\ufffdb");
    assert.deepEqual(gold.links, { events: [["a#e1", "a-b#e1"]], figures: [], entities: [] });
  });
  test("a missing directory", () => assertGoldError("/nonexistent/gold", "/nonexistent/gold", /not found/));
  test("a directory without gold files", () => {
    const dir = goldDir({ "x.txt": "x" });
    assertGoldError(dir, dir, /no <id>.gold.json/);
  });
  test("a bad JSON file, named", () => {
    const dir = goldDir({ "x.gold.json": "{", "x.txt": "x" });
    assertGoldError(dir, join(dir, "x.gold.json"), /invalid JSON/);
  });
  test("a gold file that is not a reading", () => {
    const dir = goldDir({
      "x.gold.json": JSON.stringify({ document: {}, events: [{ id: "e1" }] }),
      "x.txt": "x",
    });
    assertGoldError(dir, join(dir, "x.gold.json"), /events\.0\.type/);
  });
  test("a gold file with no document beside it", () => {
    const dir = goldDir({ "x.gold.json": JSON.stringify(READING) });
    assertGoldError(dir, join(dir, "x.gold.json"), /no x.txt or x.html/);
  });
  test("a bad links.json", () => {
    const dir = goldDir({
      "x.gold.json": JSON.stringify(READING),
      "x.txt": "x",
      "links.json": '{"events": [1]}',
    });
    assertGoldError(dir, join(dir, "links.json"), /not a links file/);
  });
  test("byCodePoint orders astral characters after U+FFFF like Python", () => {
    assert.deepEqual(["\u{10000}", "\uffff"].sort(byCodePoint), ["\uffff", "\u{10000}"]);
  });
});

describe("keyReadings (score.py's load_system keying)", () => {
  const rows: Array<[string, string]> = [
    ["d01", "d01"],
    ["corpus/d01.txt", "d01"],
    ["d01.html", "d01"],
    ["d01.json", "d01"],
    ["d01.json.txt", "d01"],
    ["d01.txt.json", "d01.txt"], // .txt is tried before .json: must not become "d01"
    ["d01.gold", "d01.gold"],
  ];
  for (const [id, key] of rows) {
    test(`${id} → ${key}`, () => assert.deepEqual([...keyReadings({ [id]: 1 }).keys()], [key]));
  }
});

describe("loadSystem", () => {
  test("JSONL: readings by id, a links line, blank lines, \\r\\n and \\r line ends", () => {
    const file = join(mkdtempSync(join(scratch, "sys-")), "run.jsonl");
    writeFileSync(file, '{"id": 7, "events": []}\r\n \x0c\r{"links": {"events": [["7#a", "7#b"]]}}\n\n');
    const sys = loadSystem(file);
    assert.deepEqual([...sys.readings.keys()], ["7"]);
    assert.deepEqual(sys.links.events, [["7#a", "7#b"]]);
  });
  test("JSONL: a reading line without id is an error naming the line", () => {
    const file = join(mkdtempSync(join(scratch, "sys-")), "run.jsonl");
    writeFileSync(file, '{"id": "a"}\n{"events": []}\n');
    assert.throws(
      () => loadSystem(file),
      (e: unknown) => e instanceof AttestError && e.file === `${file}:2`,
    );
  });
  test("a directory of <id>.json and links.json", () => {
    const dir = mkdtempSync(join(scratch, "sys-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "d01.txt.json"), "{}");
    writeFileSync(join(dir, "links.json"), '{"entities": [["d01#A", "d02#a"]]}');
    writeFileSync(join(dir, "notes.md"), "ignored");
    const sys = loadSystem(dir);
    assert.deepEqual([...sys.readings.keys()], ["d01.txt"]);
    assert.deepEqual(sys.links.entities, [["d01#A", "d02#a"]]);
  });
  test("a missing path", () => {
    assert.throws(
      () => loadSystem("/nonexistent/run.jsonl"),
      (e: unknown) => (e as AttestError).code === "E_NOT_FOUND",
    );
  });
});

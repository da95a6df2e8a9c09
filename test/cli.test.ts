// The real `attest` CLI end to end: help texts, usage errors, read, ingest with bad input, ls, events.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Reading } from "../src/model/reading.js";
import { attest, ENTRY, ROOT, tempDir } from "./cli-helpers.js";

const COMMANDS = ["read", "ingest", "ls", "events", "eval", "serve", "export", "conflicts"];
const EXAMPLES = join(ROOT, "examples");
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt"));

describe("help and usage", () => {
  it("lists every command, and the README documents each", () => {
    const r = attest(["--help"]);
    assert.equal(r.code, 0);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const c of COMMANDS) {
      assert.match(r.stdout, new RegExp(`^\\s+${c}\\b`, "m"), `--help lists ${c}`);
      assert.match(readme, new RegExp(`\`attest ${c}\\b`), `README documents ${c}`);
    }
  });

  for (const c of COMMANDS) {
    it(`${c} --help exits 0 and shows its usage`, () => {
      const r = attest([c, "--help"]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`Usage: attest ${c}`));
    });
  }

  const usage: [string, string[]][] = [
    ["no command", []],
    ["an unknown command", ["frobnicate"]],
    ["read without a path", ["read"]],
    ["ingest without a path", ["ingest"]],
    ["an unknown option", ["read", "--bogus", "x.txt"]],
    ["a bad --max-bytes", ["read", "--max-bytes", "lots", "x.txt"]],
  ];
  for (const [name, args] of usage) {
    it(`exits 2 on ${name}`, () => assert.equal(attest(args).code, 2));
  }
});

describe("attest read", () => {
  it("prints one document's reading as a JSON object in the reading format", () => {
    const file = join(EXAMPLES, exampleFiles[0] as string);
    const r = attest(["read", file]);
    assert.equal(r.code, 0, r.stderr);
    const reading = JSON.parse(r.stdout);
    assert.ok(Reading.safeParse(reading).success);
    assert.equal(reading.id, (exampleFiles[0] as string).replace(/\.txt$/, ""));
    assert.equal(reading.attest.source.sha256, createHash("sha256").update(readFileSync(file)).digest("hex"));
    assert.ok(reading.document.body.length > 500);
  });

  it("--jsonl prints one reading per document, then the links line", () => {
    const r = attest(["read", EXAMPLES, "--jsonl"]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, exampleFiles.length + 1);
    assert.deepEqual(
      lines
        .slice(0, -1)
        .map((l) => `${l.id}.txt`)
        .sort(),
      [...exampleFiles].sort(),
    );
    assert.deepEqual(Object.keys(lines.at(-1)), ["links"]);
    assert.deepEqual(Object.keys(lines.at(-1).links).sort(), ["entities", "events", "figures"]);
  });

  it("says so and exits 1 when a folder holds no document", () => {
    const dir = tempDir("nodocs");
    writeFileSync(join(dir, "notes.json"), "{}");
    const r = attest(["read", dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no document files .*\[E_NO_DOCUMENTS\]/);
  });

  it("stops quietly when the reader closes the pipe early", () => {
    const r = spawnSync("bash", ["-c", `node ${ENTRY.join(" ")} read ${EXAMPLES} --jsonl | head -c 10`], {
      encoding: "utf8",
    });
    assert.equal(r.stdout.length, 10);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it("names a bad ATTEST_MAX_BYTES and exits 2", () => {
    const r = attest(["read", EXAMPLES], { env: { ATTEST_MAX_BYTES: "lots" } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ATTEST_MAX_BYTES must be a positive whole number.*\[E_USAGE\]/);
  });

  it("--explain shows the stages, zones and their reasons", () => {
    const r = attest(["read", join(EXAMPLES, exampleFiles[0] as string), "--explain"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /stages: clean@\S+ sentences@/);
    assert.match(r.stdout, /zones:\n\s+\w+\s+\[\d+-\d+ ← original \d+-\d+\]/);
  });

  it("reports a missing file on stderr, reads the others and exits 1", () => {
    const r = attest(["read", join(EXAMPLES, exampleFiles[0] as string), "/nonexistent/x.txt", "--jsonl"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\/nonexistent\/x\.txt: .*\[E_NOT_FOUND\]/);
    assert.equal(r.stdout.trim().split("\n").length, 2);
  });
});

/** A folder of good and bad documents, each bad one for one reason. */
function badInputFolder(): { dir: string; good: string[]; bad: Record<string, string> } {
  const dir = tempDir("bad");
  chmodSync(dir, 0o755);
  const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  w("good-one.txt", "Police detained two men in Osh on Monday, the ministry said.\n");
  w("good-two.md", "# Protest in Almaty\n\nHundreds rallied on Sunday.\n");
  w(
    "good-three.html",
    "<html><head><title>Raid</title></head><body><article><h1>Raid</h1><p>Security forces raided a house in the capital on Friday and detained four people, officials said in a statement.</p><p>The four were charged with membership of a banned group.</p></article></body></html>",
  );
  w("empty.txt", "");
  w("random.txt", randomBytes(4096));
  w(
    "broken-utf8.txt",
    Buffer.concat([
      Buffer.from("Полиция задержала двух человек. ", "utf8"),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(" Конец.", "utf8"),
    ]),
  );
  w(
    "image.html",
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]),
  );
  w("truncated.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa");
  w("huge.txt", "");
  truncateSync(join(dir, "huge.txt"), 300 * 1024 * 1024); // sparse: 300 MB without writing them
  w("locked.txt", "Nobody may read this.\n");
  chmodSync(join(dir, "locked.txt"), 0o000);
  w("notes.json", "{}");
  return {
    dir,
    good: ["good-one", "good-two", "good-three"],
    bad: {
      "empty.txt": "E_EMPTY",
      "random.txt": "E_BINARY",
      "broken-utf8.txt": "E_BAD_UTF8",
      "image.html": "E_BINARY",
      "truncated.pdf": "E_PDF",
      "huge.txt": "E_TOO_LARGE",
      "locked.txt": "E_PERMISSION",
    },
  };
}

describe("attest ingest with bad input", () => {
  // root reads every file whatever its mode, so the run that must meet a locked file runs as nobody
  const asUser = process.getuid?.() === 0 ? 65534 : undefined;
  const { dir, good, bad } = badInputFolder();
  const data = tempDir("data");
  chmodSync(data, 0o777);
  const run = (...args: string[]) =>
    attest(["ingest", dir, "--data", data, ...args], asUser !== undefined ? { uid: asUser } : {});
  const first = run();

  it("exits 1 and names every bad file once, with its reason", () => {
    assert.equal(first.code, 1, first.stderr);
    for (const [name, code] of Object.entries(bad)) {
      const lines = first.stderr.split("\n").filter((l) => l.includes(`${name}:`));
      assert.equal(lines.length, 1, `${name}: ${first.stderr}`);
      assert.match(lines[0] as string, new RegExp(`\\[${code}\\]$`), lines[0]);
    }
    assert.match(first.stderr, /ingested 3 documents \(3 added, 0 replaced, 0 unchanged\), 7 failed/);
    assert.ok(!first.stderr.includes("notes.json"), "non-document files are skipped, not failed");
  });

  it("stores every good file", () => {
    const ls = attest(["ls", "--json", "--data", data]);
    assert.equal(ls.code, 0, ls.stderr);
    const docs = JSON.parse(ls.stdout) as { id: string; format: string }[];
    assert.deepEqual(docs.map((d) => d.id).sort(), [...good].sort());
    assert.deepEqual(docs.map((d) => d.format).sort(), ["html", "markdown", "text"]);
  });

  it("changes nothing on a second ingest", () => {
    const before = attest(["ls", "--json", "--data", data]).stdout;
    const again = run();
    assert.match(again.stderr, /ingested 3 documents \(0 added, 0 replaced, 3 unchanged\), 7 failed/);
    assert.equal(attest(["ls", "--json", "--data", data]).stdout, before);
  });

  it("lists events as a table and as JSON", () => {
    const table = attest(["events", "--data", data]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /\d+ events?\n$/);
    assert.ok(Array.isArray(JSON.parse(attest(["events", "--json", "--data", data]).stdout)));
  });
});

// Tests for readDocument on real files in a temp dir: each format's happy path and every refusal.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { AttestError, type ErrorCode } from "../errors.js";
import { readDocument } from "./read.js";

const dir = mkdtempSync(join(tmpdir(), "attest-read-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const STORY = "BISHKEK, March 5 — Police detained twelve protesters.\r\nThree were fined.\r\n";

test("readDocument: a .txt file", async () => {
  const path = file("story.txt", STORY);
  const doc = await readDocument(path);
  assert.equal(doc.id, "story");
  assert.equal(doc.source.path, path);
  assert.equal(doc.source.format, "text");
  assert.equal(doc.source.encoding, "utf-8");
  assert.equal(doc.source.bytes, Buffer.byteLength(STORY));
  assert.equal(doc.source.sha256, createHash("sha256").update(STORY).digest("hex"));
  assert.equal(doc.original, STORY);
  assert.equal(doc.text, "BISHKEK, March 5 — Police detained twelve protesters.\nThree were fined.\n");
  assert.equal(doc.offsets.toOriginal(doc.text.indexOf("Three")), STORY.indexOf("Three"));
  assert.deepEqual(doc.layers, {});
  assert.deepEqual(doc.warnings, []);
});

test("readDocument: a hard-wrapped .txt is unwrapped, offsets map to the file, and a warning says so", async () => {
  const wrapped = `The${" men were detained by the security service in the south of the\r\nthe".repeat(5)} end.\r\n`;
  const doc = await readDocument(file("wrapped.txt", wrapped));
  assert.equal(
    doc.text,
    `The${" men were detained by the security service in the south of the the".repeat(5)} end.\n`,
  );
  assert.deepEqual(doc.warnings, ["hard-wrapped lines rejoined (5 joins)"]);
  const second = doc.text.indexOf("the the") + 4;
  assert.equal(doc.offsets.toOriginal(second), wrapped.indexOf("\nthe") + 1);
  assert.equal(doc.offsets.toOriginal(second - 1), wrapped.indexOf("\r"));
});

test("readDocument: a .md file is its Markdown source", async () => {
  const md = "# Protest in Osh\n\nPolice **detained** [twelve](https://example.org) people.\n";
  const doc = await readDocument(file("brief.md", md));
  assert.equal(doc.source.format, "markdown");
  assert.equal(doc.text, md);
});

test("readDocument: a windows-1251 .txt is decoded, with a warning", async () => {
  const russian = "Милиция задержала двенадцать участников митинга в Бишкеке, сообщили правозащитники.";
  const doc = await readDocument(file("ru.txt", iconv.encode(russian, "windows-1251")));
  assert.equal(doc.text, russian);
  assert.equal(doc.source.encoding, "windows-1251");
  assert.equal(doc.warnings.length, 1);
});

test("readDocument: --encoding forces the decoding", async () => {
  const doc = await readDocument(file("forced.txt", iconv.encode("Ça va", "latin1")), {
    encoding: "iso-8859-15",
  });
  assert.equal(doc.text, "Ça va");
  assert.equal(doc.source.encoding, "iso-8859-15");
});

const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), randomBytes(200)]);

const FAILURES: { name: string; path: () => string; code: ErrorCode; reason?: RegExp; maxBytes?: number }[] =
  [
    { name: "a missing file", path: () => join(dir, "nope.txt"), code: "E_NOT_FOUND" },
    {
      name: "a directory",
      path: () => {
        mkdirSync(join(dir, "sub.txt"));
        return join(dir, "sub.txt");
      },
      code: "E_IS_DIRECTORY",
    },
    { name: "an empty file", path: () => file("empty.txt", ""), code: "E_EMPTY" },
    { name: "random bytes named .txt", path: () => file("noise.txt", randomBytes(4096)), code: "E_BINARY" },
    {
      name: "a PNG named .html",
      path: () => file("image.html", png),
      code: "E_BINARY",
      reason: /^looks like a PNG image, not HTML$/,
    },
    {
      name: "a file over maxBytes",
      path: () => file("big.txt", "x".repeat(2048)),
      code: "E_TOO_LARGE",
      maxBytes: 1024,
      reason:
        /^the file is 2\.0 KB, over the 1\.0 KB limit \(raise it with --max-bytes or ATTEST_MAX_BYTES\)$/,
    },
    {
      name: "an unsupported extension",
      path: () => file("data.json", "{}"),
      code: "E_UNSUPPORTED",
      reason: /\.json: Attest reads \.txt .* \.docx$/,
    },
    {
      name: "mixed UTF-8 and windows-1251",
      path: () =>
        file("mixed.txt", Buffer.concat([Buffer.from("Привет, "), iconv.encode("мир", "windows-1251")])),
      code: "E_BAD_UTF8",
      reason: /^invalid UTF-8 at byte 14:/,
    },
    { name: "an unknown --encoding", path: () => file("enc.txt", "hello"), code: "E_ENCODING" },
  ];

for (const row of FAILURES) {
  test(`readDocument refuses ${row.name} with ${row.code}`, async () => {
    const path = row.path();
    const encoding = row.code === "E_ENCODING" ? "no-such-encoding" : undefined;
    await assert.rejects(readDocument(path, { maxBytes: row.maxBytes, encoding }), (err: unknown) => {
      assert.ok(err instanceof AttestError, `not an AttestError: ${String(err)}`);
      assert.equal(err.code, row.code, err.line());
      assert.equal(err.file, path);
      if (row.reason) assert.match(err.reason, row.reason);
      return true;
    });
  });
}

const GOLD = fileURLToPath(new URL("../../../shared/gold", import.meta.url));
const GOLD_DIRS = [join(GOLD, "dev"), join(GOLD, "seeds")];

test("regression: every gold .txt reads as UTF-8 text without warnings (but the unwrap note)", async (t) => {
  if (!GOLD_DIRS.every((d) => existsSync(d))) {
    t.skip(`the gold set is not at ${GOLD} on this machine`);
    return;
  }
  const paths = GOLD_DIRS.flatMap((d) =>
    readdirSync(d)
      .filter((n) => n.endsWith(".txt"))
      .map((n) => join(d, n)),
  );
  assert.ok(paths.length >= 20, `only ${paths.length} gold files`);
  for (const path of paths) {
    const doc = await readDocument(path);
    assert.equal(doc.source.encoding, "utf-8", path);
    assert.deepEqual(
      doc.warnings.filter((w) => !/^hard-wrapped lines rejoined \(\d+ joins\)$/.test(w)),
      [],
      path,
    );
    assert.ok(doc.text.length > 0, path);
  }
});

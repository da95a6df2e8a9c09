// Tests for the PDF reader on PDFs written here by hand (correct xref offsets), whole and truncated.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { AttestError, type ErrorCode } from "../errors.js";
import { pageText } from "./pdf-reader.js";
import { readDocument } from "./read.js";

const dir = mkdtempSync(join(tmpdir(), "attest-pdf-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A PDF literal string: backslashes and parentheses escaped. */
const literal = (s: string): string => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * A minimal valid PDF 1.4: one page per entry, each line drawn in Helvetica, an info dictionary,
 * and an xref table with each object's real byte offset. `null` lines draw a rectangle, no text.
 */
function buildPdf(pages: (string[] | null)[], info: Record<string, string> = {}): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const kids: string[] = [];
  for (const lines of pages) {
    const ops = lines
      ? lines.map((line, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td ${literal(line)} Tj ET`).join("\n")
      : "0 0 1 rg 72 72 200 100 re f";
    objects.push(`<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}\nendstream`);
    const contents = objects.length;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`,
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${kids.length} >>`;
  const entries = Object.entries(info).map(([key, value]) => `/${key} ${literal(value)}`);
  objects.push(`<< ${entries.join(" ")} >>`);
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, "latin1");
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const REPORT = buildPdf(
  [
    ["Police detained twelve protesters (Bishkek).", "Three were fined."],
    ["Page two: the ministry replied."],
  ],
  { Title: "Rally report", Author: "Jane Roe", CreationDate: "D:20200707160900+03'00'" },
);

function pdfFile(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

test("pdf: lines end with LF, pages are separated by a blank line, info gives hints", async () => {
  const doc = await readDocument(pdfFile("report.pdf", REPORT));
  assert.equal(doc.source.format, "pdf");
  assert.equal(doc.source.encoding, "binary");
  assert.equal(
    doc.text,
    "Police detained twelve protesters (Bishkek).\nThree were fined.\n\nPage two: the ministry replied.",
  );
  assert.deepEqual(doc.hints, { title: "Rally report", author: "Jane Roe", published: "2020-07-07" });
});

const FAILURES: { name: string; bytes: Uint8Array; code: ErrorCode }[] = [
  { name: "the first half of a PDF", bytes: REPORT.subarray(0, REPORT.length >> 1), code: "E_PDF" },
  { name: "a PDF header and junk", bytes: Buffer.from("%PDF-1.7\nnot really a pdf at all"), code: "E_PDF" },
  { name: "text named .pdf", bytes: Buffer.from("Police detained twelve protesters."), code: "E_PDF" },
  { name: "a PDF that only draws shapes", bytes: buildPdf([null, null]), code: "E_PDF_NO_TEXT" },
];

for (const row of FAILURES) {
  test(`pdf: ${row.name} is ${row.code}`, async () => {
    const path = pdfFile("broken.pdf", row.bytes);
    await assert.rejects(readDocument(path), (err: unknown) => {
      assert.ok(err instanceof AttestError && err.code === row.code, String(err));
      assert.equal(err.file, path);
      return true;
    });
  });
}

const JOINS: { name: string; items: { str: string; hasEOL: boolean }[]; text: string }[] = [
  {
    name: "items are joined with a space",
    items: [
      { str: "twelve", hasEOL: false },
      { str: "protesters", hasEOL: false },
    ],
    text: "twelve protesters",
  },
  {
    name: "no second space where an item has one",
    items: [
      { str: "twelve ", hasEOL: false },
      { str: "protesters", hasEOL: false },
    ],
    text: "twelve protesters",
  },
  {
    name: "an end-of-line item is a line break",
    items: [
      { str: "one", hasEOL: true },
      { str: "two", hasEOL: false },
    ],
    text: "one\ntwo",
  },
  {
    name: "an empty end-of-line item is a line break",
    items: [
      { str: "one", hasEOL: false },
      { str: "", hasEOL: true },
      { str: "two", hasEOL: false },
    ],
    text: "one\ntwo",
  },
];

for (const row of JOINS) {
  test(`pdf pageText: ${row.name}`, () => {
    assert.equal(pageText(row.items), row.text);
  });
}

test("pdf: reading prints nothing to stdout or stderr", () => {
  // in a child process: this process's stdout carries the test runner's own reports
  const read = new URL("./read.ts", import.meta.url).href;
  const paths = [pdfFile("quiet.pdf", REPORT), pdfFile("quiet-broken.pdf", REPORT.subarray(0, 300))];
  const script = `const { readDocument } = await import(${JSON.stringify(read)});
    for (const p of ${JSON.stringify(paths)}) await readDocument(p).catch(() => undefined);`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout, "");
  assert.equal(child.stderr, "");
});

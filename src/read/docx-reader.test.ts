// Tests for the .docx reader on a .docx zipped here by hand, and on files that are not one.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { crc32, deflateRawSync } from "node:zlib";
import { AttestError } from "../errors.js";
import { readDocument } from "./read.js";

const dir = mkdtempSync(join(tmpdir(), "attest-docx-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A zip archive of `files` (deflated), as the ZIP APPNOTE lays it out: entries, directory, end. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The smallest .docx Word and mammoth accept: content types, the package relationship, the body. */
function docx(paragraphs: string[]): Buffer {
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs.map(paragraph).join("")}</w:body></w:document>`,
  });
}

function docxFile(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

test("docx: the paragraphs' text", async () => {
  const doc = await readDocument(
    docxFile("statement.docx", docx(["Statement of the rights group", "Police detained twelve protesters."])),
  );
  assert.equal(doc.source.format, "docx");
  assert.equal(doc.source.encoding, "binary");
  assert.equal(doc.text, "Statement of the rights group\n\nPolice detained twelve protesters.\n\n");
  assert.deepEqual(doc.warnings, []);
});

const CORRUPT: { name: string; bytes: Uint8Array }[] = [
  { name: "text named .docx", bytes: Buffer.from("Police detained twelve protesters.") },
  { name: "a zip without a Word document", bytes: zip({ "hello.txt": "hello" }) },
  { name: "the first half of a .docx", bytes: docx(["Police detained twelve protesters."]).subarray(0, 300) },
];

for (const row of CORRUPT) {
  test(`docx: ${row.name} is E_DOCX`, async () => {
    const path = docxFile("broken.docx", row.bytes);
    await assert.rejects(readDocument(path), (err: unknown) => {
      assert.ok(err instanceof AttestError && err.code === "E_DOCX", String(err));
      assert.equal(err.file, path);
      return true;
    });
  });
}

// Tests for decodeText: Unicode with and without BOMs, Cyrillic and Latin code pages, bad UTF-8, binary.
import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { AttestError, type ErrorCode } from "../errors.js";
import { signatureOf } from "./binary.js";
import { decodeText } from "./encoding.js";
import { scanUtf8 } from "./utf8-scan.js";

const RUSSIAN =
  "Вчера в Бишкеке сотрудники милиции задержали двенадцать участников мирного митинга у здания " +
  "Жогорку Кенеша. По словам правозащитников, задержанных доставили в Октябрьское районное " +
  "управление, где их продержали несколько часов; трое получили штрафы, а один — «предупреждение».";
/** The same news without «», — and №, which KOI8-R and ISO-8859-5 cannot encode. */
const RUSSIAN_PLAIN =
  "Вчера в Бишкеке сотрудники милиции задержали двенадцать участников мирного митинга. " +
  "По словам правозащитников, задержанных доставили в районное управление, где их продержали " +
  "несколько часов; трое получили штрафы, а одного отпустили с предупреждением.";
const RUSSIAN_CAPS = "КАЗАХСТАН: ЗАДЕРЖАНЫ АКТИВИСТЫ";
const KAZAKH =
  "Қазақстанда белсенділер ұсталды. Полиция он екі адамды ұстады, деп хабарлады құқық қорғаушылар.";
const KYRGYZ_IN_CYRILLIC =
  "Бишкекте митинг болду. Милиция он эки адамды кармады, деп билдирди укук коргоочулар.";
const FRENCH =
  "Le président a déclaré que la manifestation était illégale ; les élèves ont été arrêtés à Genève.";
const POLISH = "Policja zatrzymała dwunastu demonstrantów w Łodzi we wtorek, powiedzieli świadkowie.";
const GREEK = "Η αστυνομία συνέλαβε δώδεκα διαδηλωτές στην Αθήνα την Τρίτη, σύμφωνα με μάρτυρες.";
const HEBREW = "המשטרה עצרה שנים עשר מפגינים בירושלים ביום שלישי, כך אמרו עדים.";
const QUOTED = "“We were beaten,” a protester said — the police denied it. It’s the third rally this year.";
const ENGLISH = "Police detained twelve protesters in Bishkek on Tuesday, witnesses said.";

const bytesOf = (text: string, encoding: string, addBOM = false): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM }));

const DECODES: { name: string; bytes: Uint8Array; text: string; encoding: string; forced?: string }[] = [
  { name: "ASCII", bytes: bytesOf(ENGLISH, "utf-8"), text: ENGLISH, encoding: "utf-8" },
  { name: "UTF-8 Russian", bytes: bytesOf(RUSSIAN, "utf-8"), text: RUSSIAN, encoding: "utf-8" },
  { name: "UTF-8 with BOM", bytes: bytesOf(RUSSIAN, "utf-8", true), text: RUSSIAN, encoding: "utf-8" },
  {
    name: "UTF-16LE with BOM",
    bytes: bytesOf(RUSSIAN, "utf-16le", true),
    text: RUSSIAN,
    encoding: "utf-16le",
  },
  {
    name: "UTF-16BE with BOM",
    bytes: bytesOf(RUSSIAN, "utf-16be", true),
    text: RUSSIAN,
    encoding: "utf-16be",
  },
  { name: "UTF-16LE without BOM", bytes: bytesOf(ENGLISH, "utf-16le"), text: ENGLISH, encoding: "utf-16le" },
  { name: "UTF-16BE without BOM", bytes: bytesOf(ENGLISH, "utf-16be"), text: ENGLISH, encoding: "utf-16be" },
  {
    name: "UTF-16LE Russian without BOM",
    bytes: bytesOf(RUSSIAN, "utf-16le"),
    text: RUSSIAN,
    encoding: "utf-16le",
  },
  {
    name: "UTF-16BE Russian without BOM",
    bytes: bytesOf(RUSSIAN, "utf-16be"),
    text: RUSSIAN,
    encoding: "utf-16be",
  },
  {
    name: "windows-1251 Russian",
    bytes: bytesOf(RUSSIAN, "windows-1251"),
    text: RUSSIAN,
    encoding: "windows-1251",
  },
  {
    name: "KOI8-R Russian",
    bytes: bytesOf(RUSSIAN_PLAIN, "koi8-r"),
    text: RUSSIAN_PLAIN,
    encoding: "koi8-r",
  },
  {
    name: "windows-1251 capitals",
    bytes: bytesOf(RUSSIAN_CAPS, "windows-1251"),
    text: RUSSIAN_CAPS,
    encoding: "windows-1251",
  },
  { name: "KOI8-R capitals", bytes: bytesOf(RUSSIAN_CAPS, "koi8-r"), text: RUSSIAN_CAPS, encoding: "koi8-r" },
  {
    name: "ISO-8859-5 Russian",
    bytes: bytesOf(RUSSIAN_PLAIN, "iso-8859-5"),
    text: RUSSIAN_PLAIN,
    encoding: "iso-8859-5",
  },
  {
    name: "DOS 866 Russian",
    bytes: bytesOf(RUSSIAN_PLAIN, "ibm866"),
    text: RUSSIAN_PLAIN,
    encoding: "ibm866",
  },
  { name: "RK1048 Kazakh", bytes: bytesOf(KAZAKH, "rk1048"), text: KAZAKH, encoding: "rk1048" },
  {
    name: "KOI8-R Kyrgyz (Russian letters only)",
    bytes: bytesOf(KYRGYZ_IN_CYRILLIC, "koi8-r"),
    text: KYRGYZ_IN_CYRILLIC,
    encoding: "koi8-r",
  },
  {
    name: "windows-1251 Kyrgyz (Russian letters only)",
    bytes: bytesOf(KYRGYZ_IN_CYRILLIC, "windows-1251"),
    text: KYRGYZ_IN_CYRILLIC,
    encoding: "windows-1251",
  },
  { name: "ISO-8859-1 French", bytes: bytesOf(FRENCH, "latin1"), text: FRENCH, encoding: "iso-8859-1" },
  {
    name: "windows-1252 curly quotes",
    bytes: bytesOf(QUOTED, "windows-1252"),
    text: QUOTED,
    encoding: "windows-1252",
  },
  {
    name: "windows-1250 Polish",
    bytes: bytesOf(POLISH, "windows-1250"),
    text: POLISH,
    encoding: "windows-1250",
  },
  { name: "ISO-8859-8 Hebrew", bytes: bytesOf(HEBREW, "iso-8859-8"), text: HEBREW, encoding: "iso-8859-8" },
  { name: "ISO-8859-7 Greek", bytes: bytesOf(GREEK, "iso-8859-7"), text: GREEK, encoding: "iso-8859-7" },
  {
    name: "a forced encoding wins over detection",
    bytes: bytesOf(RUSSIAN_PLAIN, "iso-8859-5"),
    text: RUSSIAN_PLAIN,
    encoding: "iso-8859-5",
    forced: "ISO-8859-5",
  },
];

for (const row of DECODES) {
  test(`decodeText: ${row.name}`, () => {
    const decoded = decodeText(row.bytes, { file: "x.txt", kind: "text", forced: row.forced });
    assert.equal(decoded.encoding, row.encoding);
    assert.equal(decoded.text, row.text);
  });
}

test("decodeText: a guessed code page is a warning", () => {
  const decoded = decodeText(bytesOf(RUSSIAN, "windows-1251"), { file: "x.txt", kind: "text" });
  assert.match(decoded.warnings[0] ?? "", /guessed as windows-1251/);
});

const mixed = new Uint8Array([...bytesOf(`${RUSSIAN} `, "utf-8"), ...bytesOf(" «цитата»", "windows-1251")]);
const firstBad = bytesOf(`${RUSSIAN}  `, "utf-8").length;
const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

const FAILS: {
  name: string;
  bytes: Uint8Array;
  code: ErrorCode;
  reason: RegExp;
  forced?: string;
  kind?: string;
}[] = [
  {
    name: "UTF-8 mixed with windows-1251",
    bytes: mixed,
    code: "E_BAD_UTF8",
    reason: new RegExp(`^invalid UTF-8 at byte ${firstBad}: the file mixes UTF-8 with other bytes`),
  },
  {
    name: "a UTF-8 BOM over windows-1251 bytes",
    bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(RUSSIAN, "windows-1251")]),
    code: "E_BAD_UTF8",
    reason: /^invalid UTF-8 at byte 3:/,
  },
  {
    name: "an unknown forced encoding",
    bytes: bytesOf(ENGLISH, "utf-8"),
    code: "E_ENCODING",
    reason: /"klingon"/,
    forced: "klingon",
  },
  {
    name: "a PNG named as HTML",
    bytes: new Uint8Array(pngHeader),
    code: "E_BINARY",
    reason: /^looks like a PNG image, not HTML$/,
    kind: "HTML",
  },
  {
    name: "a gzip file",
    bytes: new Uint8Array([0x1f, 0x8b, 0x08, 0, 1, 2]),
    code: "E_BINARY",
    reason: /gzip/,
  },
  {
    name: "NUL bytes",
    bytes: new Uint8Array([65, 0, 0, 66, 0, 67, 68, 0, 1, 2, 3]),
    code: "E_BINARY",
    reason: /NUL bytes/,
  },
  {
    name: "control bytes",
    bytes: new Uint8Array([1, 2, 3, 4, 65, 66, 67, 5, 6, 7]),
    code: "E_BINARY",
    reason: /control bytes/,
  },
];

for (const row of FAILS) {
  test(`decodeText refuses ${row.name} with ${row.code}`, () => {
    assert.throws(
      () => decodeText(row.bytes, { file: "x.txt", kind: row.kind ?? "text", forced: row.forced }),
      (err: unknown) => err instanceof AttestError && err.code === row.code && row.reason.test(err.reason),
    );
  });
}

/** Texts that start like a signature but are text: none may be called binary. */
const NOT_BINARY = [
  "PARIS — Police detained",
  "PAR1 is not a Parquet file here",
  "MZ Shipping said on Monday",
  "BM Corp. reported",
  "GIF images are banned, the ministry said",
  "PK Khan, the spokesman, said",
  "%PD is a typo",
  "BZh9 looks odd",
  "ID3 tags",
  "OggS",
  "RIFF raff",
];

for (const text of NOT_BINARY) {
  test(`decodeText: "${text}" is text, not binary`, () => {
    assert.equal(signatureOf(bytesOf(text, "utf-8")), null);
    assert.equal(decodeText(bytesOf(text, "utf-8"), { file: "x.txt", kind: "text" }).text, text);
  });
}

test("scanUtf8: accidental UTF-8 pairs in windows-1251 do not make it 'mixed'", () => {
  const bytes = bytesOf(`СССР» ПОДЪЁМ ${RUSSIAN}`, "windows-1251");
  const scan = scanUtf8(bytes);
  assert.ok(scan.multiByte > 0 && scan.multiByte * 4 < scan.invalid);
  const decoded = decodeText(bytes, { file: "x", kind: "text" });
  assert.equal(decoded.encoding, "windows-1251");
});

// Decoding a text file's bytes: BOM, UTF-8, UTF-16, or a guessed legacy code page; binary refused.
import { analyse } from "chardet";
import iconv from "iconv-lite";
import { AttestError } from "../errors.js";
import { controlBytesReason, signatureOf } from "./binary.js";
import { CODE_PAGES, DECLARED_ALIASES, FALLBACK_CODE_PAGE } from "./code-pages.js";
import { guessCyrillic } from "./cyrillic.js";
import { CYRILLIC_CODE_PAGES } from "./cyrillic-letters.js";
import { scanUtf8 } from "./utf8-scan.js";

export interface Decoded {
  readonly text: string;
  /** The encoding used, lower case: `utf-8`, `utf-16le`, `windows-1251`, … */
  readonly encoding: string;
  readonly warnings: readonly string[];
}

export interface DecodeContext {
  /** The path, for errors. */
  readonly file: string;
  /** What the file claims to be, for messages: "text", "Markdown", "HTML". */
  readonly kind: string;
  /** An encoding the user forced (`--encoding`): no detection. */
  readonly forced?: string | undefined;
  /** An encoding the file declares (an HTML <meta charset>): used unless a BOM says otherwise. */
  readonly declared?: string | undefined;
}

/** Bytes looked at to guess UTF-16 without a BOM and a legacy code page. */
const SAMPLE_BYTES = 64 * 1024;
/** UTF-16 guessed without a BOM: this share of high bytes at one parity, at most the other share at the other. */
const UTF16_HIGH_BYTE_MAX = 0x06;
const UTF16_HIGH_SHARE = 0.6;
const UTF16_OTHER_SHARE = 0.05;
/** chardet's confidence (0-100) above which its guess of a non-Cyrillic code page is taken. */
const CHARDET_CONFIDENT = 50;
/** Valid multi-byte sequences at least this share of the invalid ones: the file mixes UTF-8 in. */
const MIXED_UTF8_SHARE = 0.25;

/** The encoding a byte order mark announces, or null. */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-16 without a BOM: at one parity nearly every byte is 0x00–0x06 (the high byte of Latin, Greek,
 * Cyrillic, Hebrew and Arabic characters), at the other almost none is.
 */
function utf16Guess(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if ((bytes[i] as number) <= UTF16_HIGH_BYTE_MAX) even++;
    if ((bytes[i + 1] as number) <= UTF16_HIGH_BYTE_MAX) odd++;
  }
  const half = n / 2;
  if (odd / half >= UTF16_HIGH_SHARE && even / half <= UTF16_OTHER_SHARE) return "utf-16le";
  if (even / half >= UTF16_HIGH_SHARE && odd / half <= UTF16_OTHER_SHARE) return "utf-16be";
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null; // not UTF-8: the caller goes on to the next guess
  }
}

/** Decodes with a named encoding; an unknown name is E_ENCODING. Counts replaced characters. */
export function decodeWith(bytes: Uint8Array, encoding: string, file: string): Decoded {
  const name = encoding.trim().toLowerCase();
  if (!iconv.encodingExists(name))
    throw new AttestError(
      "E_ENCODING",
      `unknown encoding "${encoding}" (known names include utf-8, windows-1251, koi8-r, iso-8859-1)`,
      file,
    );
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  const replaced = text.split("\uFFFD").length - 1;
  const warnings = replaced
    ? [`${replaced} characters could not be decoded as ${name} and became U+FFFD`]
    : [];
  return { text, encoding: name, warnings };
}

/**
 * A legacy single-byte code page: chardet's guess among CODE_PAGES when it is confident of a
 * non-Cyrillic one; else the Cyrillic code page the text reads best in; else chardet's best guess.
 */
function guessCodePage(bytes: Uint8Array, file: string): Decoded {
  const match = analyse(bytes.subarray(0, SAMPLE_BYTES)).find((m) => CODE_PAGES.has(m.name));
  const chardetPage = match ? (CODE_PAGES.get(match.name) as string) : null;
  const confident =
    match && match.confidence >= CHARDET_CONFIDENT && !CYRILLIC_CODE_PAGES.includes(chardetPage ?? "");
  const cyrillic = confident ? null : guessCyrillic(bytes);
  const encoding = cyrillic ?? chardetPage ?? FALLBACK_CODE_PAGE;
  const why = cyrillic
    ? `guessed as ${encoding} (from its Cyrillic letters)`
    : match
      ? `guessed as ${encoding} (chardet confidence ${match.confidence}/100)`
      : `assumed to be ${encoding}`;
  const decoded = decodeWith(bytes, encoding, file);
  const warning = `the file is not UTF-8; its encoding was ${why}: pass --encoding if the text looks wrong`;
  return { ...decoded, warnings: [warning, ...decoded.warnings] };
}

/** UTF-8 bytes, or a guess when the file is clearly in another encoding; E_BAD_UTF8 when mixed. */
function decodeUndeclared(bytes: Uint8Array, file: string): Decoded {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", warnings: [] };
  const scan = scanUtf8(bytes);
  if (scan.multiByte > 0 && scan.multiByte >= scan.invalid * MIXED_UTF8_SHARE)
    throw new AttestError(
      "E_BAD_UTF8",
      `invalid UTF-8 at byte ${scan.firstBad}: the file mixes UTF-8 with other bytes; re-save it as UTF-8 or pass --encoding`,
      file,
    );
  return guessCodePage(bytes, file);
}

/**
 * A declared charset, when the bytes agree with it: a page declaring a legacy code page whose bytes
 * are valid multi-byte UTF-8 was re-saved as UTF-8; a page declaring UTF-8 must be valid UTF-8.
 * Null when the declaration is wrong or unknown, and detection decides.
 */
function decodeDeclared(bytes: Uint8Array, declared: string, file: string): Decoded | null {
  const lower = declared.trim().toLowerCase();
  const name = DECLARED_ALIASES.get(lower) ?? lower;
  const utf8 = strictUtf8(bytes);
  if (name === "utf-8") return utf8 === null ? null : { text: utf8, encoding: "utf-8", warnings: [] };
  if (utf8 !== null && scanUtf8(bytes).multiByte > 0) return null;
  return iconv.encodingExists(name) ? decodeWith(bytes, name, file) : null;
}

/**
 * Turns a text file's bytes into a string: a forced encoding, else a BOM, else UTF-16 by its high bytes,
 * else (after refusing binary data) a declared charset, strict UTF-8, or a guessed code page.
 */
export function decodeText(bytes: Uint8Array, ctx: DecodeContext): Decoded {
  const signature = signatureOf(bytes);
  if (signature) throw new AttestError("E_BINARY", `looks like ${signature}, not ${ctx.kind}`, ctx.file);
  if (ctx.forced) return decodeWith(bytes, ctx.forced, ctx.file);
  const unicode = bomEncoding(bytes) ?? utf16Guess(bytes);
  if (unicode === "utf-8") return decodeBomUtf8(bytes, ctx.file);
  if (unicode) return decodeWith(bytes, unicode, ctx.file);
  const binary = controlBytesReason(bytes);
  if (binary) throw new AttestError("E_BINARY", `looks like ${binary}, not ${ctx.kind}`, ctx.file);
  if (ctx.declared) {
    const decoded = decodeDeclared(bytes, ctx.declared, ctx.file);
    if (decoded) return decoded;
    const fallback = decodeUndeclared(bytes, ctx.file);
    const warning = `the file declares the charset "${ctx.declared}" but is ${fallback.encoding}`;
    return { ...fallback, warnings: [warning, ...fallback.warnings] };
  }
  return decodeUndeclared(bytes, ctx.file);
}

/** A UTF-8 BOM promises UTF-8: anything else in the bytes is E_BAD_UTF8. */
function decodeBomUtf8(bytes: Uint8Array, file: string): Decoded {
  const text = strictUtf8(bytes);
  if (text !== null) return { text, encoding: "utf-8", warnings: [] };
  const scan = scanUtf8(bytes);
  throw new AttestError(
    "E_BAD_UTF8",
    `invalid UTF-8 at byte ${scan.firstBad}: the file starts with a UTF-8 byte order mark but is not UTF-8; re-save it as UTF-8 or pass --encoding`,
    file,
  );
}

// Legacy single-byte code pages Attest will guess for text that is not UTF-8: data for encoding.ts.
//
// Keys are chardet's names (https://github.com/runk/node-chardet); values the iconv-lite name used
// to decode and reported as `source.encoding`. Multi-byte CJK guesses are left out on purpose:
// chardet offers them for short Cyrillic texts, and a wrong guess there garbles every character.

export const CODE_PAGES: ReadonlyMap<string, string> = new Map([
  ["windows-1251", "windows-1251"],
  ["KOI8-R", "koi8-r"],
  ["ISO-8859-5", "iso-8859-5"],
  ["windows-1252", "windows-1252"],
  ["windows-1250", "windows-1250"],
  ["windows-1253", "windows-1253"],
  ["windows-1254", "windows-1254"],
  ["windows-1255", "windows-1255"],
  ["windows-1256", "windows-1256"],
  ["windows-1257", "windows-1257"],
  ["windows-1258", "windows-1258"],
  ["ISO-8859-1", "iso-8859-1"],
  ["ISO-8859-2", "iso-8859-2"],
  ["ISO-8859-6", "iso-8859-6"],
  ["ISO-8859-7", "iso-8859-7"],
  ["ISO-8859-8", "iso-8859-8"],
  ["ISO-8859-9", "iso-8859-9"],
]);

/** The code page used when chardet offers none of the above. */
export const FALLBACK_CODE_PAGE = "windows-1252";

/** Names a page may declare in <meta charset> that browsers read as another encoding (WHATWG). */
export const DECLARED_ALIASES: ReadonlyMap<string, string> = new Map([
  ["iso-8859-1", "windows-1252"],
  ["latin1", "windows-1252"],
  ["us-ascii", "windows-1252"],
  ["ascii", "windows-1252"],
  ["utf8", "utf-8"],
]);

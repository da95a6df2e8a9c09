// Known binary file signatures ("magic numbers"): data for telling a mislabelled binary from text.
//
// Sources: each format's own specification, as collected by Gary Kessler's File Signatures Table
// (https://www.garykessler.net/library/file_sigs.html) and Wikipedia's "List of file signatures".
// Rule for additions: a signature made only of printable ASCII must be long and specific enough that
// no real text starts with it ("PAR", "MZ", "BM" are not here: a news text may start "PARIS").

export interface Signature {
  /** What the file looks like, as said to a user: "a PNG image". */
  readonly name: string;
  /** The byte offset the signature starts at. */
  readonly offset: number;
  /** The signature bytes, as hex pairs separated by spaces; "??" matches any byte. */
  readonly hex: string;
}

export const SIGNATURES: readonly Signature[] = [
  { name: "a PNG image", offset: 0, hex: "89 50 4E 47 0D 0A 1A 0A" },
  { name: "a JPEG image", offset: 0, hex: "FF D8 FF" },
  { name: "a GIF image", offset: 0, hex: "47 49 46 38 37 61" },
  { name: "a GIF image", offset: 0, hex: "47 49 46 38 39 61" },
  { name: "a WebP image", offset: 0, hex: "52 49 46 46 ?? ?? ?? ?? 57 45 42 50" },
  { name: "a TIFF image", offset: 0, hex: "49 49 2A 00" },
  { name: "a TIFF image", offset: 0, hex: "4D 4D 00 2A" },
  { name: "an icon file", offset: 0, hex: "00 00 01 00" },
  { name: "a PDF document", offset: 0, hex: "25 50 44 46 2D" },
  { name: "a ZIP archive (or a .docx, .xlsx, .epub)", offset: 0, hex: "50 4B 03 04" },
  { name: "a ZIP archive", offset: 0, hex: "50 4B 05 06" },
  { name: "a gzip archive", offset: 0, hex: "1F 8B 08" },
  { name: "a bzip2 archive", offset: 0, hex: "42 5A 68 ?? 31 41 59 26 53 59" },
  { name: "an xz archive", offset: 0, hex: "FD 37 7A 58 5A 00" },
  { name: "a Zstandard archive", offset: 0, hex: "28 B5 2F FD" },
  { name: "a 7-Zip archive", offset: 0, hex: "37 7A BC AF 27 1C" },
  { name: "a RAR archive", offset: 0, hex: "52 61 72 21 1A 07" },
  { name: "an old Microsoft Office file (.doc, .xls)", offset: 0, hex: "D0 CF 11 E0 A1 B1 1A E1" },
  { name: "an ELF executable", offset: 0, hex: "7F 45 4C 46" },
  { name: "a Mach-O executable", offset: 0, hex: "CF FA ED FE" },
  { name: "a Mach-O executable", offset: 0, hex: "FE ED FA CE" },
  { name: "a Java class file", offset: 0, hex: "CA FE BA BE" },
  { name: "a WebAssembly module", offset: 0, hex: "00 61 73 6D" },
  { name: "an SQLite database", offset: 0, hex: "53 51 4C 69 74 65 20 66 6F 72 6D 61 74 20 33 00" },
  { name: "an MP3 audio file", offset: 0, hex: "49 44 33 ?? 00" },
  { name: "an Ogg media file", offset: 0, hex: "4F 67 67 53 00" },
  { name: "an MP4 video", offset: 4, hex: "66 74 79 70" },
  { name: "a Matroska/WebM video", offset: 0, hex: "1A 45 DF A3" },
];

// readDocument: a file path in, a Document out (text, offsets, source, hints), or an AttestError.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { AttestError, asAttestError } from "../errors.js";
import type { Document, Format } from "../model/document.js";
import { OffsetMap } from "../model/offsets.js";
import { formatOf, SUPPORTED_EXTENSIONS } from "./formats.js";
import { normalise } from "./normalise.js";
import type { Reader } from "./reader.js";
import { unwrap } from "./unwrap.js";

export interface ReadOptions {
  /** Files larger than this are refused before being read (E_TOO_LARGE). */
  maxBytes?: number;
  /** Force an encoding for text, Markdown and HTML instead of detecting it. */
  encoding?: string;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Each format's reader, loaded on first use: pdfjs, mammoth and linkedom take most of a second to load. */
const READERS: Readonly<Record<Format, () => Promise<Reader>>> = {
  text: async () => (await import("./text-reader.js")).readText,
  markdown: async () => (await import("./markdown-reader.js")).readMarkdown,
  html: async () => (await import("./html-reader.js")).readHtml,
  pdf: async () => (await import("./pdf-reader.js")).readPdf,
  docx: async () => (await import("./docx-reader.js")).readDocx,
};

/** A size for people: `812 bytes`, `4.0 KB`, `300.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file's size, after checking it is a readable, non-empty file within the limit. */
async function checkedSize(path: string, maxBytes: number): Promise<number> {
  const info = await stat(path).catch((err: unknown) => {
    throw asAttestError(err, path);
  });
  if (info.isDirectory()) throw new AttestError("E_IS_DIRECTORY", undefined, path);
  if (!info.isFile()) throw new AttestError("E_READ", "not a regular file (a device, socket or pipe?)", path);
  if (info.size > maxBytes) {
    const reason = `the file is ${formatSize(info.size)}, over the ${formatSize(maxBytes)} limit (raise it with --max-bytes or ATTEST_MAX_BYTES)`;
    throw new AttestError("E_TOO_LARGE", reason, path);
  }
  if (info.size === 0) throw new AttestError("E_EMPTY", undefined, path);
  return info.size;
}

/** Formats whose text is often hard-wrapped: PDF text layers, and plain text extracted from PDFs. */
const WRAPPED_FORMATS: ReadonlySet<Format> = new Set(["text", "pdf"]);

/** The Document's text: the reader's text normalised, and unwrapped when it is hard-wrapped. */
function documentText(
  format: Format,
  original: string,
): { text: string; offsets: OffsetMap; warnings: string[] } {
  const normalised = normalise(original);
  if (!WRAPPED_FORMATS.has(format)) return { ...normalised, warnings: [] };
  const unwrapped = unwrap(normalised.text);
  if (unwrapped.joins === 0) return { ...normalised, warnings: [] };
  return {
    text: unwrapped.text,
    offsets: OffsetMap.compose(normalised.offsets, unwrapped.offsets),
    warnings: [`hard-wrapped lines rejoined (${unwrapped.joins} joins)`],
  };
}

async function readerFor(path: string): Promise<{ format: Format; reader: Reader }> {
  const format = formatOf(path);
  if (format) return { format, reader: await READERS[format]() };
  const ext = extname(path) || "(no extension)";
  const reason = `unsupported file type ${ext}: Attest reads ${SUPPORTED_EXTENSIONS.join(" ")}`;
  throw new AttestError("E_UNSUPPORTED", reason, path);
}

/** Reads one file into a Document with no layers. Every failure is an AttestError naming `path`. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<Document> {
  try {
    await checkedSize(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const bytes = new Uint8Array(await readFile(path));
    if (bytes.length === 0) throw new AttestError("E_EMPTY", undefined, path);
    const { format, reader } = await readerFor(path);
    const out = await reader(bytes, { file: path, encoding: options.encoding });
    const { text, offsets, warnings } = documentText(format, out.original);
    return {
      id: basename(path, extname(path)),
      source: {
        path,
        format,
        encoding: out.encoding,
        bytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      },
      original: out.original,
      text,
      offsets,
      hints: out.hints,
      layers: {},
      warnings: [...out.warnings, ...warnings],
    };
  } catch (err) {
    throw asAttestError(err, path);
  }
}

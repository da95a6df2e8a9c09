// The PDF reader: the text layer of every page (pdfjs-dist), and Title/Author/CreationDate as hints.

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { AttestError } from "../errors.js";
import type { ReaderHints } from "../model/document.js";
import { isoDate } from "./published-date.js";
import type { Reader } from "./reader.js";

/** pdfjs's own data files (CMaps for CJK fonts, the 14 standard fonts), read from disk, never fetched. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const dataDir = (name: string): string => `${join(PDFJS_DIR, name)}/`;

interface TextPiece {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

/** A page's text items, joined by spaces, with a line break where pdfjs marks the end of a line. */
export function pageText(items: readonly TextPiece[]): string {
  let text = "";
  let lineEnded = true;
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const needsSpace = !lineEnded && item.str !== "" && !/\s$/.test(text) && !/^\s/.test(item.str);
    text += (needsSpace ? " " : "") + item.str;
    if (item.hasEOL) text += "\n";
    lineEnded = item.hasEOL === true;
  }
  return text.replace(/[ \t]+\n/g, "\n").trim();
}

function infoString(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

async function hintsOf(pdf: PDFDocumentProxy): Promise<ReaderHints> {
  const { info } = await pdf.getMetadata();
  const dict = (info ?? {}) as Record<string, unknown>;
  return {
    title: infoString(dict, "Title"),
    author: infoString(dict, "Author"),
    published: isoDate(infoString(dict, "CreationDate")),
  };
}

async function textOf(pdf: PDFDocumentProxy): Promise<string> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageText(content.items as TextPiece[]));
    page.cleanup();
  }
  return pages.join("\n\n");
}

export const readPdf: Reader = async (bytes, input) => {
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
    cMapUrl: dataDir("cmaps"),
    standardFontDataUrl: dataDir("standard_fonts"),
    wasmUrl: dataDir("wasm"),
    iccUrl: dataDir("iccs"),
  });
  try {
    const pdf = await task.promise;
    const [hints, original] = [await hintsOf(pdf), await textOf(pdf)];
    if (!original.trim())
      throw new AttestError(
        "E_PDF_NO_TEXT",
        `${pdf.numPages} page(s) but no text layer: a scanned image? OCR it first`,
        input.file,
      );
    return { original, encoding: "binary", hints, warnings: [] };
  } catch (err) {
    if (err instanceof AttestError) throw err;
    const why =
      (err as Error)?.name === "PasswordException"
        ? "it is password-protected"
        : String((err as Error)?.message ?? err);
    throw new AttestError("E_PDF", `the PDF could not be read: ${why}`, input.file, { cause: err });
  } finally {
    await task.destroy();
  }
};

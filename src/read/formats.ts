// Which file extensions Attest reads, and as which Format.
import { extname } from "node:path";
import type { Format } from "../model/document.js";

/** Every document extension (lower case, with its dot) and the format it is read as. */
const EXTENSION_FORMATS: ReadonlyMap<string, Format> = new Map<string, Format>([
  [".txt", "text"],
  [".text", "text"],
  [".md", "markdown"],
  [".markdown", "markdown"],
  [".html", "html"],
  [".htm", "html"],
  [".xhtml", "html"],
  [".pdf", "pdf"],
  [".docx", "docx"],
]);

/** The supported extensions, for messages: `.txt, .text, .md, …`. */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...EXTENSION_FORMATS.keys()];

/** The format a path's extension says (case-insensitive), or null when Attest does not read it. */
export function formatOf(path: string): Format | null {
  return EXTENSION_FORMATS.get(extname(path).toLowerCase()) ?? null;
}

/** Whether a directory walk should pick this path up as a document. */
export function isDocumentPath(path: string): boolean {
  return formatOf(path) !== null;
}

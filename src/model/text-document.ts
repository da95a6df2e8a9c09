// A Document made from a string in memory (for library users and tests): no file, identity offsets.
import { createHash } from "node:crypto";
import type { Document, ReaderHints } from "./document.js";
import { OffsetMap } from "./offsets.js";

export function textDocument(id: string, text: string, hints: ReaderHints = {}): Document {
  const bytes = Buffer.byteLength(text, "utf8");
  return {
    id,
    source: {
      path: `${id}.txt`,
      format: "text",
      encoding: "utf-8",
      bytes,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    },
    original: text,
    text,
    offsets: OffsetMap.identity(text.length),
    hints,
    layers: {},
    warnings: [],
  };
}

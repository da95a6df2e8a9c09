// The Markdown reader: for now the decoded Markdown source as is, read like plain text.
import { decodeText } from "./encoding.js";
import type { Reader } from "./reader.js";

export const readMarkdown: Reader = async (bytes, input) => {
  const decoded = decodeText(bytes, { file: input.file, kind: "Markdown", forced: input.encoding });
  return { original: decoded.text, encoding: decoded.encoding, hints: {}, warnings: decoded.warnings };
};

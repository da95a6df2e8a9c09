// The plain-text reader: the decoded file, as is.
import { decodeText } from "./encoding.js";
import type { Reader } from "./reader.js";

export const readText: Reader = async (bytes, input) => {
  const decoded = decodeText(bytes, { file: input.file, kind: "text", forced: input.encoding });
  return { original: decoded.text, encoding: decoded.encoding, hints: {}, warnings: decoded.warnings };
};

// The .docx reader: the document's raw text as mammoth extracts it, one paragraph per block.
import mammoth from "mammoth";
import { AttestError } from "../errors.js";
import type { Reader } from "./reader.js";

/** mammoth's (and its zip library's) reason, in words a user can act on. */
function reasonOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/central directory|is this a zip/i.test(message))
    return "it is not a whole zip archive, as every .docx is (cut short, an old .doc, or another file renamed?)";
  return message;
}

export const readDocx: Reader = async (bytes, input) => {
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  } catch (err) {
    throw new AttestError("E_DOCX", `the .docx could not be read: ${reasonOf(err)}`, input.file, {
      cause: err,
    });
  }
  const warnings = result.messages.map((m) => `.docx ${m.type}: ${m.message}`);
  if (!result.value.trim()) warnings.push("the .docx has no text");
  return { original: result.value, encoding: "binary", hints: {}, warnings };
};

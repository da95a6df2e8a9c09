// Normalisation of a reader's text: line ends to LF, control characters dropped, offsets kept.
import { type OffsetMap, TextBuilder } from "../model/offsets.js";

const BOM = 0xfeff;
const CR = 0x0d;
const LF = 0x0a;

/** C0 control characters that survive normalisation: tab, line feed, form feed. */
function isDroppedControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== LF && code !== 0x0c;
}

/**
 * Turns a reader's text into the Document's text: drops a leading BOM, folds CRLF and lone CR to
 * LF, drops C0 controls other than \t \n \f, and keeps every other character exactly. One pass,
 * linear in the length; unchanged runs are copied as whole slices.
 */
export function normalise(original: string): { text: string; offsets: OffsetMap } {
  const builder = new TextBuilder();
  let runStart = original.charCodeAt(0) === BOM ? 1 : 0;
  const flush = (end: number): void => builder.copy(original.slice(runStart, end), runStart);
  for (let i = runStart; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === CR) {
      flush(i);
      const crlf = original.charCodeAt(i + 1) === LF;
      builder.replace("\n", i, crlf ? 2 : 1);
      if (crlf) i++;
      runStart = i + 1;
    } else if (isDroppedControl(code)) {
      flush(i);
      runStart = i + 1;
    }
  }
  flush(original.length);
  return builder.build(original.length);
}

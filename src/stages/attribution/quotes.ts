// Direct quotes: paired quote marks (straight, curly, guillemets) within a paragraph of the body.
import { type Span, span } from "../../model/span.js";

export interface Quote {
  /** The quoted words, without the marks. */
  readonly inner: Span;
  /** The quote with its marks. */
  readonly outer: Span;
}

const PAIRS: Readonly<Record<string, string>> = { "“": "”", "«": "»", "„": "“", '"': '"', "‘": "’" };
/** A quote of fewer words is a title or a scare quote ("the ‘trainer’"), never attributed. */
export const MIN_QUOTE_WORDS = 4;

/** Every quote in [from, to) of `text` with at least MIN_QUOTE_WORDS words; one pass, no backtracking. */
export function findQuotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let close = "";
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (c === "\n") {
      if (open >= 0) push(open, i, i); // a quote runs to its paragraph's end when its close is missing
      open = -1;
    } else if (c === '"' && opens(text, i) !== closes(text, i)) {
      // a straight quote's side shows in its neighbours; an unmatched one is dropped, not paired wrongly
      if (opens(text, i)) {
        open = i;
        close = '"';
      } else if (open >= 0 && close === '"') {
        push(open, i, i + 1);
        open = -1;
      }
    } else if (open >= 0 && c === close && (c !== "’" || !isLetter(text[i + 1]))) {
      push(open, i, i + 1);
      open = -1;
    } else if (open < 0 && c in PAIRS && (c !== "‘" || !isLetter(text[i - 1]))) {
      open = i;
      close = PAIRS[c] as string;
    }
  }
  if (open >= 0) push(open, to, to);
  return out;

  function push(at: number, innerEnd: number, outerEnd: number): void {
    const inner = text.slice(at + 1, innerEnd);
    if (inner.trim().split(/\s+/u).length >= MIN_QUOTE_WORDS) {
      out.push({ inner: span(at + 1, innerEnd), outer: span(at, outerEnd) });
    }
  }
}

/** A mark with a space (or the line's start) before it and a word after it. */
function opens(text: string, i: number): boolean {
  return (i === 0 || /[\s([]/u.test(text[i - 1] as string)) && /\S/u.test(text[i + 1] ?? " ");
}

/** A mark with a word before it and a space, a stop or the line's end after it. */
function closes(text: string, i: number): boolean {
  return i > 0 && /\S/u.test(text[i - 1] as string) && /[\s.,;:!?)\]]|^$/u.test(text[i + 1] ?? "");
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

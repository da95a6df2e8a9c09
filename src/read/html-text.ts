// Turning an article's DOM into text: block elements become paragraphs, <br> a line break, captions go.
import type { HtmlElement } from "./html-meta.js";

/** Elements that end one paragraph and start another. */
const BLOCKS = new Set(
  (
    "address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption " +
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table " +
    "tbody thead tfoot tr ul"
  ).split(" "),
);
/** Elements whose text is not the article's: photo captions (GUIDELINES §1 lists them as non-body). */
const SKIPPED = new Set(["figcaption"]);
/** Table cells: separated by a tab within their row. */
const CELLS = new Set(["td", "th"]);
/** HTML's own whitespace (not NBSP), which collapses to one space outside <pre>. */
const HTML_SPACE = /[ \t\n\f\r]+/g;

export interface ArticleText {
  readonly paragraphs: readonly string[];
  /** Characters of text in all, and inside links: a page of only links is a menu, not an article. */
  readonly chars: number;
  readonly linkChars: number;
}

type Step = { node: HtmlElement } | { end: "block" | "link" | "pre" };

/** Tidies one paragraph: outside <pre>, spaces at line ends go and blank lines split paragraphs. */
function tidy(raw: string, pre: boolean): string[] {
  if (pre) {
    const kept = raw.replace(/^\n+|\s+$/g, "");
    return kept ? [kept] : [];
  }
  const lines = raw.split("\n").map((line) => line.replace(/^ +| +$/g, ""));
  return lines
    .join("\n")
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter(Boolean);
}

/** The text of the paragraph being built, appended to in pieces (no quadratic string re-reading). */
class ParagraphBuffer {
  private parts: string[] = [];
  private last = "";
  hasText = false;

  /** Appends text outside <pre>: whitespace collapsed, no second space after a space or line start. */
  addCollapsed(data: string): string {
    let text = data.replace(HTML_SPACE, " ");
    if (text.startsWith(" ") && (this.last === "" || this.last === " " || this.last === "\n"))
      text = text.slice(1);
    this.add(text);
    return text;
  }

  add(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.last = text[text.length - 1] as string;
    if (text.trim()) this.hasText = true;
  }

  take(): string {
    const text = this.parts.join("");
    this.parts = [];
    this.last = "";
    this.hasText = false;
    return text;
  }
}

/** The paragraphs of `root`'s text, walked without recursion (article DOMs can nest deeply). */
export function articleText(root: HtmlElement): ArticleText {
  const paragraphs: string[] = [];
  const current = new ParagraphBuffer();
  let preDepth = 0;
  let linkDepth = 0;
  let chars = 0;
  let linkChars = 0;
  const breakBlock = (): void => {
    paragraphs.push(...tidy(current.take(), preDepth > 0));
  };
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ("end" in step) {
      if (step.end === "link") linkDepth--;
      else breakBlock();
      if (step.end === "pre") preDepth--;
      continue;
    }
    const { node } = step;
    if (node.nodeType === 3) {
      const data = node.data ?? "";
      const text = preDepth > 0 ? data : current.addCollapsed(data);
      if (preDepth > 0) current.add(text);
      chars += text.trim().length;
      if (linkDepth > 0) linkChars += text.trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.localName?.toLowerCase() ?? "";
    if (SKIPPED.has(tag)) continue;
    if (tag === "br") current.add("\n");
    if (CELLS.has(tag) && current.hasText) current.add("\t");
    const end = tag === "pre" ? "pre" : BLOCKS.has(tag) ? "block" : tag === "a" ? "link" : null;
    if (end === "block" || end === "pre") breakBlock();
    if (end === "pre") preDepth++;
    if (end === "link") linkDepth++;
    if (end) stack.push({ end });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as HtmlElement });
  }
  breakBlock();
  return { paragraphs, chars, linkChars };
}

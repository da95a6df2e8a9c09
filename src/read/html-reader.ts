// The HTML reader: the page's article (Readability) as paragraphs under its title, and its metadata.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AttestError } from "../errors.js";
import type { ReaderHints } from "../model/document.js";
import { decodeText } from "./encoding.js";
import { declaredCharset } from "./html-charset.js";
import { type HtmlDocument, type HtmlElement, type PageMeta, readPageMeta } from "./html-meta.js";
import { articleText } from "./html-text.js";
import { isoDate } from "./published-date.js";
import type { Reader } from "./reader.js";

/** Elements that are never article text: code, embedded frames and what the page hides. */
const INVISIBLE =
  'script, style, noscript, iframe, svg, template, object, embed, canvas, [hidden], [aria-hidden="true"]';
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Less text than this outside links, or more of it inside links, and the page has no article. */
const MIN_ARTICLE_CHARS = 50;
const MAX_LINK_SHARE = 0.5;
export const NO_ARTICLE = "no article found in the page";

interface Article {
  readonly title?: string | null;
  readonly content?: HtmlElement | null;
  readonly byline?: string | null;
  readonly siteName?: string | null;
  readonly publishedTime?: string | null;
  readonly lang?: string | null;
}

function removeInvisible(doc: HtmlDocument): void {
  for (const el of Array.from(doc.querySelectorAll(INVISIBLE))) el.remove?.();
  for (const el of Array.from(doc.querySelectorAll("[style]")))
    if (HIDDEN_STYLE.test(el.getAttribute?.("style") ?? "")) el.remove?.();
}

/** An author meta value that is a profile URL (article:author often is) says nothing by itself. */
function personName(value: string | null | undefined): string | undefined {
  const name = value?.trim();
  return name && !/^https?:\/\//i.test(name) ? name : undefined;
}

function hintsOf(page: PageMeta, article: Article | null): ReaderHints {
  const m = page.meta;
  return {
    title: m.get("og:title") ?? page.title ?? (article?.title?.trim() || undefined),
    author:
      personName(m.get("author")) ??
      personName(m.get("article:author")) ??
      personName(article?.byline) ??
      page.jsonLd.author,
    publisher: m.get("og:site_name") ?? page.jsonLd.publisher ?? (article?.siteName?.trim() || undefined),
    published: isoDate(m.get("article:published_time") ?? page.jsonLd.published ?? article?.publishedTime),
    language: page.language ?? (article?.lang?.trim() || undefined),
  };
}

/** The article's text, its title on the first line; null when what Readability found is no article. */
function textOf(article: Article | null, title: string | undefined): string | null {
  if (!article?.content) return null;
  const { paragraphs, chars, linkChars } = articleText(article.content);
  if (chars - linkChars < MIN_ARTICLE_CHARS || linkChars > chars * MAX_LINK_SHARE) return null;
  const heading = title?.replace(/\s+/g, " ").trim();
  const body = paragraphs[0]?.replace(/\s+/g, " ") === heading ? paragraphs.slice(1) : paragraphs;
  return (heading ? [heading, ...body] : body).join("\n\n");
}

function parse(html: string, file: string): HtmlDocument {
  try {
    return parseHTML(html).document as HtmlDocument;
  } catch (err) {
    throw new AttestError("E_HTML", `the HTML could not be parsed: ${(err as Error).message}`, file, {
      cause: err,
    });
  }
}

function extract(doc: HtmlDocument, file: string): Article | null {
  try {
    return new Readability(doc as never, { serializer: (node: unknown) => node }).parse() as Article | null;
  } catch (err) {
    throw new AttestError("E_HTML", `the article could not be extracted: ${(err as Error).message}`, file, {
      cause: err,
    });
  }
}

export const readHtml: Reader = async (bytes, input) => {
  const decoded = decodeText(bytes, {
    file: input.file,
    kind: "HTML",
    forced: input.encoding,
    declared: declaredCharset(bytes),
  });
  const doc = parse(decoded.text, input.file);
  const page = readPageMeta(doc);
  removeInvisible(doc);
  const article = extract(doc, input.file);
  const hints = hintsOf(page, article);
  const text = textOf(article, article?.title?.trim() || hints.title);
  const warnings = [...decoded.warnings, ...page.warnings, ...(text === null ? [NO_ARTICLE] : [])];
  return { original: text ?? "", encoding: decoded.encoding, hints, warnings };
};

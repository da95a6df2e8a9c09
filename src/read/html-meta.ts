// Reading a page's own metadata before extraction: meta tags, <title>, <html lang>, JSON-LD.

/** A minimal view of a DOM element, as linkedom provides it. */
export interface HtmlElement {
  readonly nodeType: number;
  readonly localName?: string;
  readonly childNodes: ArrayLike<HtmlElement>;
  readonly textContent: string | null;
  readonly data?: string;
  getAttribute?(name: string): string | null;
  remove?(): void;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement | null;
  readonly title?: string;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

/** schema.org types whose JSON-LD describes the article itself. */
const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "BlogPosting",
  "Report",
  "ScholarlyArticle",
]);

export interface PageMeta {
  /** meta name/property (lower case) → content, the first occurrence of each. */
  readonly meta: ReadonlyMap<string, string>;
  readonly title: string | undefined;
  readonly language: string | undefined;
  readonly jsonLd: { author?: string; publisher?: string; published?: string };
  readonly warnings: readonly string[];
}

function metaMap(doc: HtmlDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (el.getAttribute?.("property") ?? el.getAttribute?.("name") ?? "").trim().toLowerCase();
    const content = el.getAttribute?.("content")?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object in a JSON-LD value: arrays and `@graph`s flattened. */
function jsonLdNodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isJson(value)) return [];
  return [value, ...jsonLdNodes(value["@graph"])];
}

function isArticle(node: Json): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t));
}

/** A JSON-LD name: a string, `{ name }`, or a list of those (joined with ", "). */
function nameOf(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === "string" ? v : isJson(v) && typeof v.name === "string" ? v.name : ""))
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length ? names.join(", ") : undefined;
}

function readJsonLd(doc: HtmlDocument, warnings: string[]): PageMeta["jsonLd"] {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? "");
    } catch (err) {
      warnings.push(`ignored a JSON-LD block that is not valid JSON (${(err as Error).message})`);
      continue;
    }
    const article = jsonLdNodes(value).find(isArticle);
    if (!article) continue;
    const published = article.datePublished;
    return {
      author: nameOf(article.author),
      publisher: nameOf(article.publisher),
      published: typeof published === "string" ? published : undefined,
    };
  }
  return {};
}

/** The page's metadata. Call it before anything removes <script> elements or runs Readability. */
export function readPageMeta(doc: HtmlDocument): PageMeta {
  const warnings: string[] = [];
  // "head title": an <svg> in the body may have a <title> of its own
  const title = doc.querySelectorAll("head title")[0]?.textContent?.replace(/\s+/g, " ").trim() || undefined;
  const language = doc.documentElement?.getAttribute?.("lang")?.trim() || undefined;
  const jsonLd = readJsonLd(doc, warnings);
  return { meta: metaMap(doc), title, language, jsonLd, warnings };
}

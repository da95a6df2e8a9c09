// Where a reading's snippets sit in the document text: UTF-16 offsets for highlighting, found tolerantly.
import type { Reading } from "../model/reading.js";
import { escapeRegExp } from "../resources/resources.js";
import type { DocumentReviews } from "../store/store.js";

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Spans {
  zones: (Range & { kind: "non_body" })[];
  entities: (Range & { name: string; type: string; key: string })[];
  events: (Range & { ref: string; type: string })[];
  figures: (Range & { ref: string })[];
}

/** A pattern matching `snippet` with any run of whitespace where it has one (line breaks in the text). */
function tolerant(snippet: string, flags: string): RegExp | null {
  const words = snippet.trim().split(/\s+/u).filter(Boolean);
  return words.length ? new RegExp(words.map(escapeRegExp).join("\\s+"), flags) : null;
}

/** The first place `snippet` occurs in `text`, exactly or with different whitespace; null when absent. */
export function locate(text: string, snippet: string): Range | null {
  const exact = snippet ? text.indexOf(snippet) : -1;
  if (exact >= 0) return { start: exact, end: exact + snippet.length };
  const match = tolerant(snippet, "u")?.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const WORD = /[\p{L}\p{N}]/u;

/** Every whole-word occurrence of `snippet` (a name or mention) in `text`. */
export function locateAll(text: string, snippet: string): Range[] {
  const pattern = tolerant(snippet, "gu");
  if (!pattern) return [];
  const out: Range[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (WORD.test(text[start - 1] ?? "") || WORD.test(text[end] ?? "")) continue;
    out.push({ start, end });
  }
  return out;
}

/** The spans of the API's document view; `keyOf` gives an entity's cross-document key. */
export function spansOf(
  text: string,
  documentId: string,
  reading: Reading,
  keyOf: (entity: Reading["entities"][number]) => string,
): Spans {
  const spans: Spans = { zones: [], entities: [], events: [], figures: [] };
  for (const snippet of reading.document.non_body ?? []) {
    const at = locate(text, snippet);
    if (at) spans.zones.push({ ...at, kind: "non_body" });
  }
  for (const entity of reading.entities) {
    const key = keyOf(entity);
    for (const form of new Set([entity.name, ...entity.mentions])) {
      for (const at of locateAll(text, form))
        spans.entities.push({ ...at, name: entity.name, type: entity.type, key });
    }
  }
  for (const event of reading.events) {
    const ref = `${documentId}#${event.id}`;
    for (const snippet of [event.evidence, ...(event.also ?? [])]) {
      const at = locate(text, snippet);
      if (at) spans.events.push({ ...at, ref, type: event.type });
    }
  }
  for (const figure of reading.figures) {
    const at = locate(text, figure.evidence);
    if (at) spans.figures.push({ ...at, ref: `${documentId}#${figure.id}` });
  }
  spans.entities.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

/** The reading with each attached review's changes applied to its event or figure. */
export function reviewedReading(reading: Reading, reviews: DocumentReviews): Reading {
  const apply = <T extends { id: string }>(item: T, byId: DocumentReviews["events"]): T => {
    const changes = byId[item.id]?.changes;
    return changes ? ({ ...item, ...changes } as T) : item;
  };
  return {
    ...reading,
    events: reading.events.map((e) => apply(e, reviews.events)),
    figures: reading.figures.map((f) => apply(f, reviews.figures)),
  };
}

// Test fixture: small, valid documents and readings for the store contract and the SQLite crash test.
import { createHash } from "node:crypto";
import { EVENT_TYPES, Reading } from "../model/reading.js";
import type { DocumentInput } from "./store.js";

export interface SampleSize {
  readonly events: number;
  readonly entities: number;
  readonly figures: number;
}

export const SMALL: SampleSize = { events: 2, entities: 2, figures: 1 };

export function sha256Of(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A reading for document `n`: `size` events (types cycling through EVENT_TYPES), entities and figures. */
export function sampleReading(n: number, size: SampleSize = SMALL): Reading {
  const events = Array.from({ length: size.events }, (_, i) => ({
    id: `e${i + 1}`,
    type: EVENT_TYPES[(n + i) % EVENT_TYPES.length],
    evidence: `Police detained ${i + 3} activists in Almaty (story ${n})`,
    trigger: "detained",
    agent: "Police",
    patient: `${i + 3} activists`,
    counts: { arrested: { value: i + 3, qualifier: "exact" } },
    places: [{ name: "Almaty", kind: "city", country: "KZ" }],
    date: i % 2 === 0 ? { value: "2016-12-21", text: "December 21" } : null,
    source: i % 2 === 0 ? "author" : "the KNB",
    factuality: i % 2 === 0 ? "asserted" : "reported",
  }));
  const entities = Array.from({ length: size.entities }, (_, i) => ({
    name: `Organisation ${n}.${i}`,
    type: i % 2 === 0 ? "organization" : "government_body",
    mentions: [`Organisation ${n}.${i}`],
    country: "KZ",
  }));
  const figures = Array.from({ length: size.figures }, (_, i) => ({
    id: `f${i + 1}`,
    evidence: `More than ${300 + i} citizens have joined (story ${n})`,
    subject: "citizens who joined",
    value: 300 + i,
    qualifier: "more_than",
    unit: "people",
    as_of: { value: "XXXX-04-21", text: "April 21" },
    source: "author",
  }));
  const document = { title: `Story ${n}`, genre: "news", language: "en", published: "2016-12-26" };
  return Reading.parse({ id: `doc-${n}`, document, entities, events, figures });
}

export interface SampleOptions {
  readonly id?: string;
  readonly path?: string;
  /** Changes the text (and so the sha256) without changing the id or path. */
  readonly edition?: number;
  readonly size?: SampleSize;
}

/** Document `n` as the pipeline would hand it to the store: id `doc-n`, path `news/doc-n.txt`. */
export function sampleDocument(n: number, options: SampleOptions = {}): DocumentInput {
  const text = `Story ${n}, edition ${options.edition ?? 0}. Police detained activists in Almaty. «Ünïcødé»`;
  const reading = sampleReading(n + (options.edition ?? 0) * 1000, options.size);
  return {
    id: options.id ?? `doc-${n}`,
    source: {
      path: options.path ?? `news/doc-${n}.txt`,
      format: "text",
      encoding: "utf-8",
      bytes: Buffer.byteLength(text, "utf8"),
      sha256: sha256Of(text),
    },
    text,
    original: `  ${text}\r\n`,
    reading,
    pipeline: { clean: "1", events: "2" },
  };
}

// The Document: one read-only text that every stage annotates with stand-off layers.
import type { OffsetMap } from "./offsets.js";
import type { Entity, Event, Figure, Place } from "./reading.js";
import type { Span } from "./span.js";

export const FORMATS = ["text", "markdown", "html", "pdf", "docx"] as const;
export type Format = (typeof FORMATS)[number];

/** Where a document came from and how its bytes were turned into text. */
export interface SourceInfo {
  /** The path as given (or relative to the directory walked). */
  readonly path: string;
  readonly format: Format;
  /** The character encoding the bytes were decoded with (`utf-8`, `windows-1251`, …). */
  readonly encoding: string;
  readonly bytes: number;
  /** SHA-256 of the file's bytes, hex: the document's identity in the store. */
  readonly sha256: string;
}

/** Metadata a reader found outside the text itself (HTML meta tags, JSON-LD, PDF info). */
export interface ReaderHints {
  readonly title?: string | undefined;
  readonly author?: string | undefined;
  readonly publisher?: string | undefined;
  readonly published?: string | undefined;
  readonly language?: string | undefined;
}

export const ZONE_KINDS = [
  "title",
  "byline",
  "dateline",
  "body",
  "caption",
  "bio",
  "navigation",
  "prompt",
  "comments",
  "footer",
  "metadata",
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export interface Zone {
  readonly kind: ZoneKind;
  readonly span: Span;
  /** Why the cleaner put this text in this zone. */
  readonly reason: string;
}

export interface ZonesLayer {
  readonly zones: readonly Zone[];
  readonly meta: {
    readonly title: string | null;
    readonly author: string | null;
    readonly publisher: string | null;
    readonly published: string | null;
    readonly genre: string | null;
    readonly language: string | null;
  };
}

export interface Token {
  readonly span: Span;
  readonly pos?: string | undefined;
  readonly lemma?: string | undefined;
}

export interface SentencesLayer {
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
}

/** Why an annotation exists: the rule that made it and the spans that filled its fields. */
export interface Explanation {
  readonly rule: string;
  readonly spans: Readonly<Record<string, Span>>;
}

export interface EntityAnnotation extends Entity {
  /** Canonical id: `kb:<id>` for a knowledge-base entry, else `doc:<type>:<name>`. */
  readonly id?: string | undefined;
  /** Every mention of the entity in the body (`mentions` lists their distinct surface forms). */
  readonly spans: readonly Span[];
}

export const TIME_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;

export interface TimeAnnotation {
  readonly span: Span;
  /** TimeML value (`2016-12-21`, `2016-12`, `XXXX-12-21`, `P3D`…), or null when it cannot be given. */
  readonly value: string | null;
  readonly type?: (typeof TIME_TYPES)[number] | undefined;
  /**
   * True when it names no point of the calendar, only one relative to another act or to now
   * ("recently", "soon", "days after", "the same day"): it dates nothing on its own.
   */
  readonly vague?: boolean | undefined;
  /** The rule that produced it (for --explain). */
  readonly rule?: string | undefined;
}

export interface QuantityAnnotation {
  /** The whole quantity expression ("more than 300 people", "two dozen"). */
  readonly span: Span;
  /** The number (a range gives its lower bound); null for "several", "dozens" without a value. */
  readonly value: number | null;
  /** exact | approx | more_than | at_least | up_to | several */
  readonly qualifier: string;
  /** The upper bound of a range ("35-40" → 40), when there is one. */
  readonly upper?: number | null | undefined;
  /** What is counted, normalised ("people", "years", "percent"), or null. */
  readonly unit: string | null;
  /** The noun phrase counted ("members of the banned group"), when found. */
  readonly counted?: Span | null | undefined;
}

export interface AttributionAnnotation {
  /** The clause attributed. */
  readonly span: Span;
  /** The speaker as named (innermost), or "author". */
  readonly source: string;
  /** The reporting cue ("said", "according to", the quote marks). */
  readonly cue: Span | null;
  /** Where the speaker is named in the text. */
  readonly speaker?: Span | null | undefined;
  /** quote | reported | according_to | statement | post (an embedded social-media post) */
  readonly kind?: string | undefined;
}

export interface PlaceAnnotation extends Place {
  readonly span: Span;
  /** First-level region name, when known. */
  readonly admin1?: string | null | undefined;
  readonly lat?: number | null | undefined;
  readonly lon?: number | null | undefined;
  /** country | region | city | facility */
  readonly precision?: string | undefined;
  /** GeoNames id, when the place is in the gazetteer. */
  readonly geonameId?: number | null | undefined;
}

export interface EventAnnotation extends Event {
  readonly spans: readonly Span[];
  readonly explanation: Explanation;
}

export interface FigureAnnotation extends Figure {
  readonly spans: readonly Span[];
  readonly explanation: Explanation;
}

/** Every layer a stage can add, by name. */
export interface Layers {
  zones: ZonesLayer;
  sentences: SentencesLayer;
  entities: readonly EntityAnnotation[];
  times: readonly TimeAnnotation[];
  quantities: readonly QuantityAnnotation[];
  attribution: readonly AttributionAnnotation[];
  places: readonly PlaceAnnotation[];
  events: readonly EventAnnotation[];
  figures: readonly FigureAnnotation[];
}
export type LayerName = keyof Layers;

export interface Document {
  /** The file name without its extension. */
  readonly id: string;
  readonly source: SourceInfo;
  /**
   * The text the reader produced, before normalisation: the decoded file for .txt and .md, the
   * extracted text for .html, .pdf and .docx. `offsets` maps `text` back into it.
   */
  readonly original: string;
  /** The normalised text: every span of every layer is an offset into it. Never changes. */
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly hints: ReaderHints;
  readonly layers: Readonly<Partial<Layers>>;
  /** Problems that did not stop the reading (a page with no article, a guessed encoding). */
  readonly warnings: readonly string[];
}

/** Returns a new Document with one more layer. */
export function withLayer<K extends LayerName>(doc: Document, name: K, layer: Layers[K]): Document {
  return { ...doc, layers: { ...doc.layers, [name]: layer } };
}

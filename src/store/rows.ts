// How a DocumentInput becomes rows (checked reading, id candidates, queryable columns), for every backend.
import { AttestError } from "../errors.js";
import { FORMATS, type Format } from "../model/document.js";
import { GENRES, type Genre, Reading } from "../model/reading.js";
import type { DocumentInput } from "./store.js";

/** The document's headline columns, taken from its reading. */
export interface DocumentColumns {
  readonly title: string | null;
  readonly language: string | null;
  readonly published: string | null;
  readonly genre: Genre | null;
}

export interface EventRow {
  /** Position in the reading's `events`, so rows come back in the reading's order. */
  readonly ord: number;
  readonly id: string;
  readonly type: string;
  readonly specific: boolean;
  readonly dateValue: string | null;
  readonly source: string | null;
  readonly factuality: string;
  readonly evidence: string;
  readonly json: string;
}

export interface EntityRow {
  readonly ord: number;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly json: string;
}

export interface FigureRow {
  readonly ord: number;
  readonly id: string;
  readonly value: number | null;
  readonly qualifier: string;
  readonly unit: string | null;
  readonly asOf: string | null;
  readonly source: string | null;
  readonly evidence: string;
  readonly json: string;
}

/** The input's reading, validated against the reading format (E_READING_INVALID when it is not). */
export function checkedReading(input: DocumentInput): Reading {
  const parsed = Reading.safeParse(input.reading);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first ? `${first.path.join(".") || "reading"}: ${first.message}` : parsed.error.message;
  throw new AttestError("E_READING_INVALID", `the reading cannot be stored (${where})`, input.source.path);
}

/**
 * Ids to try, in order, for a new document: its own id, then the id suffixed with 8, 16, 32 and all 64
 * hex digits of its sha256. A longer suffix is needed only when a document stored under the shorter
 * one has since been replaced by new content (it keeps its id).
 */
export function idCandidates(id: string, sha256: string): string[] {
  const suffixed = [8, 16, 32, 64].map((length) => `${id}-${sha256.slice(0, length)}`);
  return [...new Set([id, ...suffixed])];
}

export function documentColumns(reading: Reading): DocumentColumns {
  const meta = reading.document;
  return {
    title: meta.title ?? null,
    language: meta.language ?? null,
    published: meta.published ?? null,
    genre: meta.genre ?? null,
  };
}

export function eventRows(reading: Reading): EventRow[] {
  return reading.events.map((event, ord) => ({
    ord,
    id: event.id,
    type: event.type,
    specific: event.specific,
    dateValue: event.date?.value ?? null,
    source: event.source ?? null,
    factuality: event.factuality,
    evidence: event.evidence,
    json: JSON.stringify(event),
  }));
}

export function entityRows(reading: Reading): EntityRow[] {
  return reading.entities.map((entity, ord) => ({
    ord,
    name: entity.name,
    type: entity.type,
    country: entity.country ?? null,
    json: JSON.stringify(entity),
  }));
}

export function figureRows(reading: Reading): FigureRow[] {
  return reading.figures.map((figure, ord) => ({
    ord,
    id: figure.id,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: figure.unit ?? null,
    asOf: figure.as_of?.value ?? null,
    source: figure.source ?? null,
    evidence: figure.evidence,
    json: JSON.stringify(figure),
  }));
}

/** A stored format string as a Format (E_STORE when the store holds something else). */
export function storedFormat(value: string, file: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new AttestError("E_STORE", `the store holds an unknown document format "${value}"`, file);
}

/** A stored genre string as a Genre, or null. */
export function storedGenre(value: string | null): Genre | null {
  return value !== null && (GENRES as readonly string[]).includes(value) ? (value as Genre) : null;
}

// JSON schemas of the API's values: they validate requests, serialise responses and make /api/openapi.json.
import { EVENT_TYPES, FACTUALITIES } from "../model/reading.js";

const nullable = (type: string) => ({ type: [type, "null"] });

export const ErrorBody = {
  type: "object",
  description: "An error",
  properties: {
    error: {
      type: "object",
      properties: { code: { type: "string" }, message: { type: "string" } },
      required: ["code", "message"],
    },
  },
  required: ["error"],
} as const;

export const Review = {
  type: ["object", "null"],
  properties: {
    status: { type: "string", enum: ["accepted", "edited", "rejected"] },
    reviewer: { type: "string" },
    at: { type: "string", description: "ISO 8601 (UTC)" },
    changes: { type: ["object", "null"], additionalProperties: true },
  },
  required: ["status", "reviewer", "at", "changes"],
} as const;

/** An event of the reading format (gold/GUIDELINES.md §3); loose: every field of the reading is kept. */
export const Event = {
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "string" },
    type: { type: "string", enum: EVENT_TYPES },
    evidence: { type: "string" },
    factuality: { type: "string", enum: FACTUALITIES },
  },
} as const;

/** A figure of the reading format (gold/GUIDELINES.md §4). */
export const Figure = {
  type: "object",
  additionalProperties: true,
  properties: { id: { type: "string" }, evidence: { type: "string" }, value: nullable("number") },
} as const;

export const ApiEvent = {
  type: "object",
  properties: {
    ref: { type: "string", description: "<documentId>#<itemId>" },
    documentId: { type: "string" },
    documentTitle: nullable("string"),
    event: Event,
    review: Review,
    linkId: nullable("string"),
  },
  required: ["ref", "documentId", "documentTitle", "event", "review", "linkId"],
} as const;

export const DocumentSummary = {
  type: "object",
  properties: {
    id: { type: "string" },
    path: { type: "string" },
    format: { type: "string" },
    encoding: { type: "string" },
    bytes: { type: "integer" },
    sha256: { type: "string" },
    title: nullable("string"),
    language: nullable("string"),
    published: nullable("string"),
    genre: nullable("string"),
    counts: {
      type: "object",
      properties: {
        events: { type: "integer" },
        entities: { type: "integer" },
        figures: { type: "integer" },
      },
    },
    ingestedAt: { type: "string" },
  },
} as const;

export const Conflict = {
  type: "object",
  properties: {
    kind: { type: "string", enum: ["contradiction", "update", "event_counts"] },
    subject: { type: "string" },
    values: {
      type: "array",
      items: {
        type: "object",
        properties: {
          ref: { type: "string" },
          documentId: { type: "string" },
          value: nullable("number"),
          qualifier: nullable("string"),
          unit: nullable("string"),
          asOf: nullable("string"),
          source: nullable("string"),
        },
      },
    },
    note: { type: "string" },
  },
} as const;

const counts = { type: "object", additionalProperties: { type: "integer" } } as const;

export const Facets = {
  type: "object",
  properties: { type: counts, country: counts, factuality: counts, source: counts, reviewed: counts },
} as const;

export const page = (max: number, fallback: number) =>
  ({
    limit: { type: "integer", minimum: 1, maximum: max, default: fallback },
    offset: { type: "integer", minimum: 0, default: 0 },
  }) as const;

const DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
const strings = (items: object) => ({ type: "array", items, maxItems: 50 }) as const;

/** The events filters, shared by /api/events, /api/events/timeline and (partly) /api/export. */
export const eventFilters = {
  type: strings({ type: "string", enum: EVENT_TYPES }),
  country: strings({ type: "string", pattern: "^[A-Z]{2}$" }),
  factuality: strings({ type: "string", enum: FACTUALITIES }),
  actor: { type: "string", maxLength: 200 },
  source: { type: "string", maxLength: 500 },
  from: { type: "string", pattern: DATE, description: "ISO date; partial dates compare by prefix" },
  to: { type: "string", pattern: DATE, description: "ISO date; partial dates compare by prefix" },
  q: { type: "string", maxLength: 500, description: "full-text words over the evidence" },
  reviewed: { type: "string", enum: ["true", "false", "accepted", "edited", "rejected"] },
  document: { type: "string", maxLength: 500 },
} as const;

export const ok = (
  description: string,
  properties: object,
  required: string[] = Object.keys(properties),
) => ({
  200: { type: "object", description, properties, required },
  400: ErrorBody,
  404: ErrorBody,
  500: ErrorBody,
});

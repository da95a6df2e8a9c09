// /api/documents: the stored documents, and one document with its text, reading and highlight spans.
import type { FastifyInstance } from "fastify";
import { documentColumns } from "../../store/rows.js";
import { entityKey } from "../../store/sqlite/api-index.js";
import type { Store, StoredDocument, DocumentSummary as Summary } from "../../store/store.js";
import { notFound } from "../http-errors.js";
import { DocumentSummary, ok, page } from "../schemas.js";
import { reviewedReading, spansOf } from "../spans.js";

const range = { start: { type: "integer" }, end: { type: "integer" } } as const;
const spanList = (extra: Record<string, object>) =>
  ({ type: "array", items: { type: "object", properties: { ...range, ...extra } } }) as const;

/** The list's summary of a stored document, from the document itself. */
function summaryOf(stored: StoredDocument): Summary {
  const { reading, source } = stored;
  return {
    id: stored.id,
    path: source.path,
    format: source.format,
    encoding: source.encoding,
    bytes: source.bytes,
    sha256: source.sha256,
    ...documentColumns(reading),
    counts: {
      events: reading.events.length,
      entities: reading.entities.length,
      figures: reading.figures.length,
    },
    ingestedAt: stored.ingestedAt,
  };
}

export function documentRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { limit: number; offset: number } }>(
    "/api/documents",
    {
      schema: {
        summary: "Stored documents in id order, one page",
        tags: ["documents"],
        querystring: { type: "object", properties: page(500, 50) },
        response: ok("a page of documents", {
          total: { type: "integer" },
          items: { type: "array", items: DocumentSummary },
        }),
      },
    },
    async (request) => store.pageDocuments(request.query),
  );

  app.get<{ Params: { id: string } }>(
    "/api/documents/:id",
    {
      schema: {
        summary: "One document: normalised text, original text, reading (reviews applied) and spans",
        description:
          "Span offsets are UTF-16 offsets into text; a snippet not found in the text has no span.",
        tags: ["documents"],
        params: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
        response: ok("the document", {
          summary: DocumentSummary,
          text: { type: "string" },
          original: { type: "string" },
          reading: { type: "object", additionalProperties: true },
          spans: {
            type: "object",
            properties: {
              zones: spanList({ kind: { type: "string" } }),
              entities: spanList({
                name: { type: "string" },
                type: { type: "string" },
                key: { type: "string" },
              }),
              events: spanList({ ref: { type: "string" }, type: { type: "string" } }),
              figures: spanList({ ref: { type: "string" } }),
            },
          },
        }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const stored = await store.getDocument(id);
      if (!stored) return notFound(reply, `no document "${id}" in the store`);
      const summary = summaryOf(stored);
      const reading = reviewedReading(stored.reading, await store.documentReviews(id));
      return {
        summary,
        text: stored.text,
        original: stored.original,
        reading,
        spans: spansOf(stored.text, id, reading, entityKey),
      };
    },
  );
}

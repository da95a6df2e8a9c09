// /api/export: the events as a file in one of the export formats, as an attachment.
import type { FastifyInstance } from "fastify";
import { EXPORT_FORMATS, type ExportFormat, exportEvents } from "../../export/index.js";
import type { Store } from "../../store/store.js";
import { ErrorBody } from "../schemas.js";

export function exportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { format: ExportFormat; reviewedOnly: boolean } }>(
    "/api/export",
    {
      schema: {
        summary: "Export the events (acled-csv, jsonl, geojson, plover-json)",
        description:
          "Rejected events are never exported; reviewedOnly keeps only accepted and edited events. " +
          "Linked events (one occurrence in several documents) are one record listing every document.",
        tags: ["export"],
        querystring: {
          type: "object",
          properties: {
            format: { type: "string", enum: EXPORT_FORMATS },
            reviewedOnly: { type: "boolean", default: false },
          },
          required: ["format"],
        },
        produces: "application/octet-stream",
        response: { 400: ErrorBody, 500: ErrorBody },
      },
    },
    async (request, reply) => {
      const file = await exportEvents(store, request.query.format, {
        reviewedOnly: request.query.reviewedOnly,
      });
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
}

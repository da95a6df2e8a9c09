// Review routes: accept, edit or reject an event or figure; every call is appended to the audit log.
import type { FastifyInstance } from "fastify";
import type { ReviewAction, ReviewKind, Store } from "../../store/store.js";
import { errorBody } from "../http-errors.js";
import { ontologyChanges } from "../ontology.js";
import { ok, page, Review } from "../schemas.js";

interface ReviewBody {
  action: ReviewAction;
  reviewer: string;
  changes?: Record<string, unknown>;
}

const body = {
  type: "object",
  properties: {
    action: { type: "string", enum: ["accept", "edit", "reject"] },
    reviewer: { type: "string", minLength: 1, maxLength: 200, pattern: "\\S" },
    changes: {
      type: "object",
      additionalProperties: true,
      description: "for edit: the fields to replace; checked against the reading format",
    },
  },
  required: ["action", "reviewer"],
  additionalProperties: false,
} as const;

const params = {
  type: "object",
  properties: { documentId: { type: "string" }, itemId: { type: "string" } },
  required: ["documentId", "itemId"],
} as const;

function reviewRoute(app: FastifyInstance, store: Store, kind: ReviewKind, path: string): void {
  app.post<{ Params: { documentId: string; itemId: string }; Body: ReviewBody }>(
    `/api/review/${path}/:documentId/:itemId`,
    {
      schema: {
        summary: `Accept, edit or reject one ${kind}`,
        description:
          "edit merges its changes over earlier ones; accept and reject keep earlier changes. A review " +
          "attaches to the item's type and evidence, so it survives a re-ingest that keeps them.",
        tags: ["review"],
        params,
        body,
        response: ok("the review now recorded", { review: Review }),
      },
    },
    async (request, reply) => {
      const { documentId, itemId } = request.params;
      const { action, reviewer, changes } = request.body;
      if (action === "edit" && (!changes || Object.keys(changes).length === 0)) {
        return reply
          .code(400)
          .send(errorBody("E_BAD_REQUEST", "an edit needs changes: the fields to replace"));
      }
      const review = await store.review({
        kind,
        documentId,
        itemId,
        action,
        reviewer: reviewer.trim(),
        ...(action === "edit" && changes
          ? { changes: kind === "event" ? ontologyChanges(changes) : changes }
          : {}),
      });
      return { review };
    },
  );
}

export function reviewRoutes(app: FastifyInstance, store: Store): void {
  reviewRoute(app, store, "event", "events");
  reviewRoute(app, store, "figure", "figures");
  app.get<{ Querystring: { limit: number; offset: number } }>(
    "/api/audit",
    {
      schema: {
        summary: "The append-only audit log of review actions, newest first",
        description:
          "before and after are { review, item }: the review and the item as shown, around the action.",
        tags: ["review"],
        querystring: { type: "object", properties: page(500, 50) },
        response: ok("a page of audit records", {
          total: { type: "integer" },
          items: {
            type: "array",
            items: {
              type: "object",
              properties: {
                seq: { type: "integer" },
                at: { type: "string" },
                reviewer: { type: "string" },
                kind: { type: "string" },
                ref: { type: "string" },
                action: { type: "string" },
                before: { type: ["object", "null"], additionalProperties: true },
                after: { type: ["object", "null"], additionalProperties: true },
              },
            },
          },
        }),
      },
    },
    async (request) => store.auditLog(request.query),
  );
}

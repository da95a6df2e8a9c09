// /api/entities: entities across documents by key, and one entity with its mentions and events.
import type { FastifyInstance } from "fastify";
import { ENTITY_TYPES } from "../../model/reading.js";
import type { Store } from "../../store/store.js";
import { notFound } from "../http-errors.js";
import { ApiEvent, ok, page } from "../schemas.js";

const strings = { type: "array", items: { type: "string" } } as const;
const entityFields = {
  key: { type: "string" },
  name: { type: "string" },
  type: { type: "string" },
  country: { type: ["string", "null"] },
  aliases: strings,
} as const;

export function entityRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { q?: string; type?: string; limit: number; offset: number } }>(
    "/api/entities",
    {
      schema: {
        summary: "Entities across documents, most documents first",
        description:
          "q matches the name or any mention, case-insensitively. mentions counts surface forms per document.",
        tags: ["entities"],
        querystring: {
          type: "object",
          properties: {
            q: { type: "string", maxLength: 200 },
            type: { type: "string", enum: ENTITY_TYPES },
            ...page(500, 50),
          },
        },
        response: ok("a page of entities", {
          total: { type: "integer" },
          items: {
            type: "array",
            items: {
              type: "object",
              properties: { ...entityFields, documents: { type: "integer" }, mentions: { type: "integer" } },
            },
          },
        }),
      },
    },
    async (request) => store.listEntities(request.query),
  );

  app.get<{ Params: { key: string } }>(
    "/api/entities/:key",
    {
      schema: {
        summary: "One entity: names, roles, mentions by document, the events naming it and their sources",
        tags: ["entities"],
        params: { type: "object", properties: { key: { type: "string" } }, required: ["key"] },
        response: ok("the entity", {
          ...entityFields,
          roles: strings,
          mentions: {
            type: "array",
            items: {
              type: "object",
              properties: { documentId: { type: "string" }, name: { type: "string" }, mentions: strings },
            },
          },
          events: { type: "array", items: ApiEvent },
          sources: strings,
        }),
      },
    },
    async (request, reply) => {
      const entity = await store.getEntity(request.params.key);
      if (!entity) return notFound(reply, `no entity "${request.params.key}" in the store`);
      return entity;
    },
  );
}

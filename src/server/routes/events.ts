// /api/events, /api/events/timeline and /api/stats: the events table, facets and timeline.
import type { FastifyInstance } from "fastify";
import type { EventQuery, Store } from "../../store/store.js";
import { ApiEvent, eventFilters, Facets, ok, page } from "../schemas.js";

export interface EventFilterParams {
  type?: string[];
  country?: string[];
  factuality?: string[];
  actor?: string;
  source?: string;
  from?: string;
  to?: string;
  q?: string;
  reviewed?: EventQuery["reviewed"];
  document?: string;
}

/** The store's query for the API's filter parameters (names as in the URL). */
export function eventQueryOf(p: EventFilterParams): EventQuery {
  return {
    ...(p.type ? { types: p.type } : {}),
    ...(p.country ? { countries: p.country } : {}),
    ...(p.factuality ? { factualities: p.factuality } : {}),
    ...(p.actor ? { actor: p.actor } : {}),
    ...(p.source !== undefined ? { source: p.source } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
    ...(p.q ? { q: p.q } : {}),
    ...(p.reviewed ? { reviewed: p.reviewed } : {}),
    ...(p.document !== undefined ? { documentId: p.document } : {}),
  };
}

export function eventRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    "/api/stats",
    {
      schema: {
        summary: "How many documents, events, entities and figures the store holds",
        tags: ["documents"],
        response: ok("counts", {
          documents: { type: "integer" },
          events: { type: "integer" },
          entities: { type: "integer" },
          figures: { type: "integer" },
        }),
      },
    },
    async () => store.stats(),
  );

  app.get<{ Querystring: EventFilterParams & { limit: number; offset: number } }>(
    "/api/events",
    {
      schema: {
        summary: "Events with reviews applied, filtered and paged, with facet counts",
        description:
          "Each facet counts the events matching every filter except its own. Repeat type, country or " +
          "factuality for alternatives. Order: document id, then the reading's order.",
        tags: ["events"],
        querystring: { type: "object", properties: { ...eventFilters, ...page(500, 50) } },
        response: ok("a page of events", {
          total: { type: "integer" },
          items: { type: "array", items: ApiEvent },
          facets: Facets,
        }),
      },
    },
    async (request) => {
      const { limit, offset, ...filters } = request.query;
      return store.queryEvents(eventQueryOf(filters), { limit, offset });
    },
  );

  app.get<{ Querystring: EventFilterParams }>(
    "/api/events/timeline",
    {
      schema: {
        summary: "Events per month and type under the same filters",
        description: "period is YYYY-MM; events whose date has no year and month are under period null.",
        tags: ["events"],
        querystring: { type: "object", properties: eventFilters },
        response: ok("monthly counts", {
          buckets: {
            type: "array",
            items: {
              type: "object",
              properties: {
                period: { type: ["string", "null"] },
                type: { type: "string" },
                count: { type: "integer" },
              },
              required: ["period", "type", "count"],
            },
          },
        }),
      },
    },
    async (request) => ({ buckets: await store.eventTimeline(eventQueryOf(request.query)) }),
  );
}

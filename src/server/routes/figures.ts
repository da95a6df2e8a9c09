// /api/figures and /api/conflicts: figures grouped by the quantity they measure, and where they disagree.
import type { FastifyInstance } from "fastify";
import type { Conflict } from "../../link/conflicts.js";
import type { ReviewedFigure, Store } from "../../store/store.js";
import { linkIds } from "../links.js";
import { Conflict as ConflictSchema, Figure, ok, page, Review } from "../schemas.js";

export interface FigureGroup {
  groupId: string;
  figures: ReviewedFigure[];
  conflict: Conflict | null;
}

/** Figures by link group (a figure in no group is a group of one), each with the conflict about it. */
export function figureGroups(
  figures: readonly ReviewedFigure[],
  groups: readonly (readonly string[])[],
  conflicts: readonly Conflict[],
): FigureGroup[] {
  const ids = linkIds(groups);
  const byId = new Map<string, ReviewedFigure[]>();
  for (const figure of figures) {
    const id = ids.get(figure.ref) ?? figure.ref;
    byId.set(id, [...(byId.get(id) ?? []), figure]);
  }
  return [...byId].map(([groupId, members]) => {
    const refs = new Set(members.map((m) => m.ref));
    const conflict = conflicts.find((c) => c.values.some((v) => refs.has(v.ref))) ?? null;
    return { groupId, figures: members, conflict };
  });
}

export function figureRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { limit: number; offset: number } }>(
    "/api/figures",
    {
      schema: {
        summary: "Figures (reviews applied) in groups that measure the same quantity, with their conflict",
        tags: ["figures"],
        querystring: { type: "object", properties: page(500, 50) },
        response: ok("a page of figure groups", {
          total: { type: "integer" },
          groups: {
            type: "array",
            items: {
              type: "object",
              properties: {
                groupId: { type: "string" },
                figures: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      ref: { type: "string" },
                      documentId: { type: "string" },
                      figure: Figure,
                      review: Review,
                    },
                  },
                },
                conflict: { anyOf: [ConflictSchema, { type: "null" }] },
              },
            },
          },
        }),
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const groups = figureGroups(
        await store.listFigures(),
        (await store.links()).figures,
        await store.conflicts(),
      );
      return { total: groups.length, groups: groups.slice(offset, offset + limit) };
    },
  );

  app.get(
    "/api/conflicts",
    {
      schema: {
        summary: "Figures about one quantity that disagree, and linked events whose counts differ",
        tags: ["figures"],
        response: ok("the conflicts", { items: { type: "array", items: ConflictSchema } }),
      },
    },
    async () => ({ items: await store.conflicts() }),
  );
}

// /api/openapi.json: an OpenAPI 3.1 document made from the JSON schemas of the routes as they register.
import type { FastifyInstance, RouteOptions } from "fastify";
import { VERSION } from "../cli/version.js";

// Documentation keywords of route schemas (as @fastify/swagger declares them); Fastify ignores them.
declare module "fastify" {
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    /** Content type of a route that answers with a file, not JSON. */
    produces?: string;
  }
}

interface RouteSchema {
  summary?: string;
  description?: string;
  tags?: string[];
  params?: { properties?: Record<string, object>; required?: string[] };
  querystring?: { properties?: Record<string, object>; required?: string[] };
  body?: object;
  response?: Record<string, { description?: string }>;
  /** Content type of a route that answers with a file, not JSON. */
  produces?: string;
}

interface Operation {
  method: string;
  url: string;
  schema: RouteSchema;
}

/** `/api/documents/:id` → `/api/documents/{id}`. */
export const openApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/gu, "{$1}");

function parameters(where: "path" | "query", schema: RouteSchema["params"]) {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, s]) => {
    const description = (s as { description?: string }).description;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: s,
      ...((s as { type?: unknown }).type === "array" ? { style: "form", explode: true } : {}),
    };
  });
}

function operationOf({ schema }: Operation) {
  const responses: Record<string, { description: string; content: Record<string, { schema: object }> }> =
    Object.fromEntries(
      Object.entries(schema.response ?? {}).map(([status, s]) => [
        status,
        { description: s.description ?? "", content: { "application/json": { schema: s } } },
      ]),
    );
  if (schema.produces)
    responses["200"] = {
      description: "the file",
      content: { [schema.produces]: { schema: { type: "string" } } },
    };
  return {
    ...(schema.summary ? { summary: schema.summary } : {}),
    ...(schema.description ? { description: schema.description } : {}),
    ...(schema.tags ? { tags: schema.tags } : {}),
    parameters: [...parameters("path", schema.params), ...parameters("query", schema.querystring)],
    ...(schema.body
      ? { requestBody: { required: true, content: { "application/json": { schema: schema.body } } } }
      : {}),
    responses,
  };
}

export function openApiDocument(operations: readonly Operation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = openApiPath(op.url);
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operationOf(op) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Attest API",
      version: VERSION,
      description: "Source-attributed events, entities and figures; review with an audit log; exports.",
    },
    paths,
  };
}

/**
 * Collects every /api route with a schema as it registers (so call this before the routes) and serves
 * the document made from them.
 */
export function openApi(app: FastifyInstance): void {
  const operations: Operation[] = [];
  app.addHook("onRoute", (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith("/api/") || !route.schema) return;
    for (const method of methods) {
      if (method === "HEAD") continue;
      operations.push({ method, url: route.url, schema: route.schema as RouteSchema });
    }
  });
  app.get(
    "/api/openapi.json",
    { schema: { summary: "This OpenAPI 3.1 document", tags: ["meta"] } },
    async () => openApiDocument(operations),
  );
}

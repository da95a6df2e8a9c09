// The built web UI (dist/ui) at `/`: its files, index.html for any other non-API path, a notice when unbuilt.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./http-errors.js";

/** dist/ui of the package: two levels up from this file in src/server/ and in dist/server/ alike. */
export const DEFAULT_UI_DIR = fileURLToPath(new URL("../../dist/ui", import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Attest</title></head>
<body><h1>Attest: the web UI is not built</h1>
<p>The API is running under <a href="/api/openapi.json">/api/</a>. To build the UI, run <code>npm run build</code>
in the Attest directory, then restart <code>attest serve</code>.</p></body></html>
`;

/**
 * Registers the UI. Unknown /api paths answer 404 JSON; other unknown paths get index.html so the UI's
 * own routes work on reload.
 */
export async function serveUi(app: FastifyInstance, uiDir: string): Promise<void> {
  const built = existsSync(join(uiDir, "index.html"));
  if (built) await app.register(fastifyStatic, { root: uiDir, prefix: "/", index: "index.html" });
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path === "/api" || path.startsWith("/api/") || request.method !== "GET") {
      return reply.code(404).send(errorBody("E_NOT_FOUND", `no route ${request.method} ${path}`));
    }
    if (built) return reply.type("text/html; charset=utf-8").sendFile("index.html");
    return reply.code(503).type("text/html; charset=utf-8").send(NOT_BUILT);
  });
}

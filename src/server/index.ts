// The HTTP server: the JSON API under /api (described by /api/openapi.json) and the built web UI at /.
import Fastify, { type FastifyInstance } from "fastify";
import type { Store } from "../store/store.js";
import { securityHeaders } from "./headers.js";
import { errorHandling } from "./http-errors.js";
import { openApi } from "./openapi.js";
import { documentRoutes } from "./routes/documents.js";
import { entityRoutes } from "./routes/entities.js";
import { eventRoutes } from "./routes/events.js";
import { exportRoutes } from "./routes/export.js";
import { figureRoutes } from "./routes/figures.js";
import { reviewRoutes } from "./routes/review.js";
import { DEFAULT_UI_DIR, serveUi } from "./ui.js";

export { CONTENT_SECURITY_POLICY } from "./headers.js";
export { DEFAULT_UI_DIR } from "./ui.js";

export interface ServerOptions {
  /** The built UI's directory (default: dist/ui of the package). */
  uiDir?: string;
  logger?: boolean;
}

/** Builds the server over `store` (the caller keeps and closes the store). */
export async function buildServer(store: Store, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Repeated query parameters (type=arrest&type=raid) arrive as arrays; the schema's types coerce values.
    routerOptions: { ignoreTrailingSlash: true },
  });
  securityHeaders(app);
  errorHandling(app);
  openApi(app);
  eventRoutes(app, store);
  documentRoutes(app, store);
  entityRoutes(app, store);
  figureRoutes(app, store);
  reviewRoutes(app, store);
  exportRoutes(app, store);
  await serveUi(app, opts.uiDir ?? DEFAULT_UI_DIR);
  await app.ready();
  return app;
}

export interface StartOptions extends ServerOptions {
  store: Store;
  host?: string;
  /** 0: any free port. */
  port?: number;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4300;

/** Builds the server and listens; `close` stops listening (the store stays open). */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const app = await buildServer(opts.store, {
    ...(opts.uiDir !== undefined ? { uiDir: opts.uiDir } : {}),
    ...(opts.logger !== undefined ? { logger: opts.logger } : {}),
  });
  const host = opts.host ?? DEFAULT_HOST;
  await app.listen({ host, port: opts.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const shown = host.includes(":") ? `[${host}]` : host;
  return { url: `http://${shown}:${port}`, close: () => app.close() };
}

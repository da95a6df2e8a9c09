// The API's error shape { error: { code, message } } for every failure: bad input, unknown paths, crashes.
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { AttestError } from "../errors.js";

export interface ErrorReply {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorReply {
  return { error: { code, message } };
}

export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(404).send(errorBody("E_NOT_FOUND", message));
}

/** HTTP status and code for a failure: request validation and bad edits are 400, unknown items 404. */
function classify(err: FastifyError | AttestError): { status: number; code: string } {
  if (err instanceof AttestError) {
    if (err.code === "E_NOT_FOUND") return { status: 404, code: err.code };
    if (err.code === "E_READING_INVALID" || err.code === "E_USAGE") return { status: 400, code: err.code };
    return { status: 500, code: err.code };
  }
  if (err.validation) return { status: 400, code: "E_BAD_REQUEST" };
  const status = err.statusCode ?? 500;
  return status >= 400 && status < 500
    ? { status, code: "E_BAD_REQUEST" }
    : { status: 500, code: "E_INTERNAL" };
}

export function errorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AttestError, request, reply) => {
    const { status, code } = classify(err);
    if (status >= 500) request.log.error({ err }, "request failed");
    // a 500's message may carry the store's path or SQLite's own words: the log has them, the client not
    const message = status >= 500 ? "internal error" : err.message;
    return reply.code(status).send(errorBody(code, message));
  });
}

// The UI's only way to the server: typed GETs and POSTs on the same origin's /api, errors as ApiError.
import type {
  AuditEntry,
  Conflict,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
  EntitySummary,
  EventList,
  FigureGroup,
  Review,
  ReviewAction,
  Stats,
  TimelineBucket,
} from "./types";

/** A failed call, with the server's error code when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Query parameters; an array repeats the key, empty values are left out. */
export type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`/api${path}`, {
    ...init,
    headers: { accept: "application/json", ...init?.headers },
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, error?.code ?? `HTTP_${res.status}`, error?.message ?? res.statusText);
  }
  return body as T;
}

const get = <T>(path: string, query: Query = {}) => call<T>(`${path}${queryString(query)}`);
const seg = encodeURIComponent;

export const api = {
  stats: () => get<Stats>("/stats"),
  documents: (query: Query) => get<{ total: number; items: DocumentSummary[] }>("/documents", query),
  document: (id: string) => get<DocumentDetail>(`/documents/${seg(id)}`),
  events: (query: Query) => get<EventList>("/events", query),
  timeline: (query: Query) => get<{ buckets: TimelineBucket[] }>("/events/timeline", query),
  entities: (query: Query) => get<{ total: number; items: EntitySummary[] }>("/entities", query),
  entity: (key: string) => get<EntityDetail>(`/entities/${seg(key)}`),
  figures: (query: Query) => get<{ total: number; groups: FigureGroup[] }>("/figures", query),
  conflicts: () => get<{ items: Conflict[] }>("/conflicts"),
  audit: (query: Query) => get<{ total: number; items: AuditEntry[] }>("/audit", query),
  review: (
    kind: "events" | "figures",
    ref: string,
    body: { action: ReviewAction; reviewer: string; changes?: Record<string, unknown> },
  ) => {
    const [documentId, itemId] = splitRef(ref);
    return call<{ review: Review }>(`/review/${kind}/${seg(documentId)}/${seg(itemId)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  },
};

/** `doc#e1` → [`doc`, `e1`]; the item id follows the last `#` (document ids may hold one). */
export function splitRef(ref: string): [string, string] {
  const at = ref.lastIndexOf("#");
  return at < 0 ? [ref, ""] : [ref.slice(0, at), ref.slice(at + 1)];
}

export function exportUrl(format: string, reviewedOnly: boolean): string {
  return `/api/export${queryString({ format, reviewedOnly })}`;
}

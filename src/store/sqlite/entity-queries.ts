// Entities across documents for the API: grouped by key, searched by name or mention, with their events.
import { escapeRegExp } from "../../resources/resources.js";
import type { EntityDetail, EntityQuery, EntitySummary, Page } from "../store.js";
import { eventsOfDocuments, reviewedEventOf, type StatementCache } from "./api-queries.js";

interface EntityRow {
  document_id: string;
  key: string;
  name: string;
  type: string;
  country: string | null;
  role: string | null;
  mentions: string;
}

/** The value that occurs most often (first seen wins a tie); null for none. */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function summaryOf(key: string, rows: readonly EntityRow[]): Omit<EntitySummary, "documents" | "mentions"> {
  const name = mostCommon(rows.map((r) => r.name)) ?? key;
  const forms = rows.flatMap((r) => [r.name, ...(JSON.parse(r.mentions) as string[])]);
  return {
    key,
    name,
    type: mostCommon(rows.map((r) => r.type)) ?? "",
    country: mostCommon(rows.map((r) => r.country)),
    aliases: [...new Set(forms)].filter((f) => f !== name),
  };
}

export function listEntities(cache: StatementCache, query: EntityQuery): Page<EntitySummary> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.type) {
    where.push("type = ?");
    params.push(query.type);
  }
  if (query.q) {
    where.push("key IN (SELECT key FROM entity_index WHERE instr(search, ?) > 0)");
    params.push(query.q.toLowerCase());
  }
  const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const total = cache
    .get(`SELECT count(DISTINCT key) FROM entity_index ${w}`)
    .pluck()
    .get(...params) as number;
  const page = cache
    .get(
      `SELECT key, count(DISTINCT document_id) AS documents, sum(json_array_length(mentions)) AS mentions
       FROM entity_index ${w} GROUP BY key ORDER BY documents DESC, mentions DESC, key LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as { key: string; documents: number; mentions: number }[];
  const rows = rowsOfKeys(
    cache,
    page.map((p) => p.key),
  );
  const items = page.map((p) => ({
    ...summaryOf(p.key, rows.get(p.key) ?? []),
    documents: p.documents,
    mentions: p.mentions,
  }));
  return { total, items };
}

function rowsOfKeys(cache: StatementCache, keys: readonly string[]): Map<string, EntityRow[]> {
  const out = new Map<string, EntityRow[]>();
  if (keys.length === 0) return out;
  const rows = cache
    .get(
      `SELECT * FROM entity_index WHERE key IN (${keys.map(() => "?").join(", ")}) ORDER BY document_id, ord`,
    )
    .all(...keys) as EntityRow[];
  for (const row of rows) out.set(row.key, [...(out.get(row.key) ?? []), row]);
  return out;
}

/**
 * One entity: its names, roles and mentions per document, and the events of those documents whose
 * agent, patient or affiliation contains one of its surface forms; `sources` are those events' sources.
 */
export function getEntity(cache: StatementCache, key: string): EntityDetail | null {
  const rows = rowsOfKeys(cache, [key]).get(key);
  if (!rows) return null;
  const forms = [...new Set(rows.flatMap((r) => [r.name, ...(JSON.parse(r.mentions) as string[])]))]
    .map((f) => f.toLowerCase())
    .filter((f) => f.length > 1);
  const documents = [...new Set(rows.map((r) => r.document_id))];
  // a surface form names the actor only as whole words ("IS" is not the "is" of "this time")
  const patterns = forms.map(
    (f) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}])`, "u"),
  );
  const events = eventsOfDocuments(cache, documents)
    .filter((row) => patterns.some((p) => p.test(row.actors)))
    .map(reviewedEventOf);
  const sources = [...new Set(events.map((e) => e.event.source).filter((s): s is string => !!s))];
  return {
    ...summaryOf(key, rows),
    roles: [...new Set(rows.map((r) => r.role).filter((r): r is string => !!r))],
    mentions: rows.map((r) => ({
      documentId: r.document_id,
      name: r.name,
      mentions: JSON.parse(r.mentions) as string[],
    })),
    events,
    sources,
  };
}

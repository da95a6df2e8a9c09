// The events API's filters as SQL over event_index (alias `e`), each tagged with the facet it narrows.
import type { EventQuery, FacetName } from "../store.js";

export interface Clause {
  /** The facet this clause narrows: left out when that facet is counted. */
  readonly facet: FacetName | null;
  readonly sql: string;
  readonly params: readonly unknown[];
}

const marks = (values: readonly unknown[]): string => values.map(() => "?").join(", ");

/**
 * The FTS5 query for free text: every word must occur, each as a prefix ("detain" finds "detained");
 * words are quoted so FTS5 operators in the input are plain words. Null when there is no word.
 */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/**
 * One clause per filter given, leaving out the filter of `except` (a facet counted under the others).
 * Types and countries given together become one lookup in event_countries' (country, type) index.
 */
export function eventClauses(query: EventQuery, except?: FacetName): Clause[] {
  const out: Clause[] = [];
  const add = (facet: FacetName | null, sql: string, ...params: unknown[]) =>
    out.push({ facet, sql, params });
  const types = except === "type" ? undefined : query.types?.length ? query.types : undefined;
  const countries = except === "country" ? undefined : query.countries?.length ? query.countries : undefined;
  if (countries) {
    const typed = types ? ` AND type IN (${marks(types)})` : "";
    add(
      "country",
      `e.seq IN (SELECT event_seq FROM event_countries WHERE country IN (${marks(countries)})${typed})`,
      ...countries,
      ...(types ?? []),
    );
  } else if (types) {
    add("type", `e.type IN (${marks(types)})`, ...types);
  }
  if (query.factualities?.length && except !== "factuality") {
    add("factuality", `e.factuality IN (${marks(query.factualities)})`, ...query.factualities);
  }
  if (query.source !== undefined && except !== "source") add("source", "e.source = ?", query.source);
  if (except !== "reviewed") {
    if (query.reviewed === "true") add("reviewed", "e.review IS NOT NULL");
    else if (query.reviewed === "false") add("reviewed", "e.review IS NULL");
    else if (query.reviewed !== undefined) add("reviewed", "e.review = ?", query.reviewed);
  }
  if (query.actor) add(null, "instr(e.actors, ?) > 0", query.actor.toLowerCase());
  // Partial dates compare by prefix: the shorter of the two values decides (2016 overlaps 2016-12).
  if (query.from) {
    add(
      null,
      "e.date_value NOT LIKE 'XXXX%' AND e.date_value >= substr(?, 1, length(e.date_value))",
      query.from,
    );
  }
  if (query.to) {
    add(
      null,
      "e.date_value NOT LIKE 'XXXX%' AND substr(e.date_value, 1, length(?)) <= ?",
      query.to,
      query.to,
    );
  }
  const fts = query.q ? ftsQuery(query.q) : null;
  if (fts) add(null, "e.seq IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)", fts);
  if (query.documentId !== undefined) add(null, "e.document_id = ?", query.documentId);
  return out;
}

/**
 * The type or country facet straight from event_countries' index, when the query's other filters are
 * only countries or types (the common case, and the costly one: it counts a large set). Null otherwise.
 */
export function indexedFacet(query: EventQuery, facet: FacetName): { sql: string; params: unknown[] } | null {
  const rest = eventClauses(query, facet);
  if (facet === "type" && rest.length === 1 && rest[0]?.facet === "country" && query.countries?.length) {
    return {
      sql: `SELECT type AS k, count(DISTINCT event_seq) AS n FROM event_countries
            WHERE country IN (${marks(query.countries)}) GROUP BY type`,
      params: [...query.countries],
    };
  }
  if (facet === "country" && rest.length === 1 && rest[0]?.facet === "type" && query.types?.length) {
    return {
      sql: `SELECT country AS k, count(*) AS n FROM event_countries WHERE type IN (${marks(query.types)}) GROUP BY country`,
      params: [...query.types],
    };
  }
  return null;
}

/** `WHERE …` (or "") and its parameters for the clauses. */
export function whereOf(clauses: readonly Clause[]): { sql: string; params: unknown[] } {
  if (clauses.length === 0) return { sql: "", params: [] };
  return {
    sql: `WHERE ${clauses.map((c) => `(${c.sql})`).join(" AND ")}`,
    params: clauses.flatMap((c) => c.params),
  };
}

// The SQLite store's reads for the HTTP API: events with filters, facets and paging, timeline, documents.
import type Database from "better-sqlite3";
import type { Event, Figure } from "../../model/reading.js";
import type {
  DocumentReviews,
  DocumentSummary,
  EventPage,
  EventQuery,
  FacetName,
  Facets,
  Page,
  PageRequest,
  Review,
  ReviewedEvent,
  ReviewedFigure,
  TimelineBucket,
} from "../store.js";
import { eventClauses, indexedFacet, whereOf } from "./event-filters.js";
import { type SummaryRow, summaryOf } from "./queries.js";
import {
  anchorOf,
  applyReview,
  type ReviewQueries,
  type ReviewRow,
  reviewOfRow,
  reviewsByAnchor,
} from "./reviews.js";

/** Most facet values are few; sources are many, so only the most frequent are counted. */
const SOURCE_FACET_LIMIT = 50;

interface ReviewColumns {
  r_status: ReviewRow["status"] | null;
  r_reviewer: string | null;
  r_at: string | null;
  r_changes: string | null;
}

export interface EventItemRow extends ReviewColumns {
  document_id: string;
  item_id: string;
  title: string | null;
  json: string;
  actors: string;
  link_id: string | null;
}

/**
 * An event row with its review and its link id: the linker's group (link_units.grp, its smallest ref)
 * when the group has another member.
 */
const ITEM_SQL = `SELECT e.document_id, e.item_id, e.actors, ev.json, d.title,
    r.status AS r_status, r.reviewer AS r_reviewer, r.at AS r_at, r.changes AS r_changes,
    CASE WHEN lu.grp <> lu.id OR EXISTS (SELECT 1 FROM link_units AS g
        WHERE g.kind = 'events' AND g.grp = lu.id AND g.id <> lu.id)
      THEN 'link:' || lu.grp END AS link_id
  FROM event_index AS e
  JOIN events AS ev ON ev.document_id = e.document_id AND ev.ord = e.ord
  JOIN documents AS d ON d.id = e.document_id
  LEFT JOIN reviews AS r ON r.id = e.review_id
  LEFT JOIN link_units AS lu ON lu.kind = 'events' AND lu.id = e.document_id || '#' || e.item_id`;

function reviewOfColumns(row: ReviewColumns): Review | null {
  if (row.r_status === null || row.r_reviewer === null || row.r_at === null) return null;
  return reviewOfRow({
    status: row.r_status,
    reviewer: row.r_reviewer,
    at: row.r_at,
    changes: row.r_changes,
  } as ReviewRow);
}

export function reviewedEventOf(row: EventItemRow): ReviewedEvent {
  const review = reviewOfColumns(row);
  return {
    ref: `${row.document_id}#${row.item_id}`,
    documentId: row.document_id,
    documentTitle: row.title,
    event: applyReview(JSON.parse(row.json) as Event, review),
    review,
    linkId: row.link_id,
  };
}

/** Dynamic SQL prepared once per distinct text (the filters given decide the text, not the values). */
export class StatementCache {
  readonly #db: Database.Database;
  readonly #cache = new Map<string, Database.Statement>();
  constructor(db: Database.Database) {
    this.#db = db;
  }
  get(sql: string): Database.Statement {
    let stmt = this.#cache.get(sql);
    if (!stmt) {
      // the texts are few (which filters, how many values each); a bound keeps odd clients from growing it
      if (this.#cache.size >= 500) this.#cache.clear();
      stmt = this.#db.prepare(sql);
      this.#cache.set(sql, stmt);
    }
    return stmt;
  }
}

const FACET_SQL: Record<FacetName, (where: string) => string> = {
  type: (w) => `SELECT e.type AS k, count(*) AS n FROM event_index AS e ${w} GROUP BY k`,
  factuality: (w) => `SELECT e.factuality AS k, count(*) AS n FROM event_index AS e ${w} GROUP BY k`,
  reviewed: (w) =>
    `SELECT coalesce(e.review, 'unreviewed') AS k, count(*) AS n FROM event_index AS e ${w} GROUP BY k`,
  source: (w) =>
    `SELECT e.source AS k, count(*) AS n FROM event_index AS e ${w ? `${w} AND` : "WHERE"} e.source IS NOT NULL
     GROUP BY k ORDER BY n DESC, k LIMIT ${SOURCE_FACET_LIMIT}`,
  country: (w) =>
    `SELECT c.country AS k, count(*) AS n FROM event_countries AS c JOIN event_index AS e ON e.seq = c.event_seq
     ${w} GROUP BY k`,
};

export function queryEvents(cache: StatementCache, query: EventQuery, page: PageRequest): EventPage {
  const all = whereOf(eventClauses(query));
  const total = cache
    .get(`SELECT count(*) FROM event_index AS e ${all.sql}`)
    .pluck()
    .get(...all.params) as number;
  const items = (
    cache
      .get(`${ITEM_SQL} ${all.sql} ORDER BY e.document_id, e.ord LIMIT ? OFFSET ?`)
      .all(...all.params, page.limit, page.offset) as EventItemRow[]
  ).map(reviewedEventOf);
  const facets = {} as Facets;
  for (const name of Object.keys(FACET_SQL) as FacetName[]) {
    const where = whereOf(eventClauses(query, name));
    const fast = indexedFacet(query, name);
    const rows = (
      fast
        ? cache.get(fast.sql).all(...fast.params)
        : cache.get(FACET_SQL[name](where.sql)).all(...where.params)
    ) as { k: string; n: number }[];
    facets[name] = Object.fromEntries(rows.map((r) => [r.k, r.n]));
  }
  return { total, items, facets };
}

export function reviewedEvents(cache: StatementCache, query: EventQuery): ReviewedEvent[] {
  const where = whereOf(eventClauses(query));
  const rows = cache.get(`${ITEM_SQL} ${where.sql} ORDER BY e.document_id, e.ord`).all(...where.params);
  return (rows as EventItemRow[]).map(reviewedEventOf);
}

/** Events of the given documents, for an entity's page (the caller keeps those naming the entity). */
export function eventsOfDocuments(cache: StatementCache, documentIds: readonly string[]): EventItemRow[] {
  if (documentIds.length === 0) return [];
  const marks = documentIds.map(() => "?").join(", ");
  return cache
    .get(`${ITEM_SQL} WHERE e.document_id IN (${marks}) ORDER BY e.document_id, e.ord`)
    .all(...documentIds) as EventItemRow[];
}

export function eventTimeline(cache: StatementCache, query: EventQuery): TimelineBucket[] {
  const where = whereOf(eventClauses(query));
  return cache
    .get(
      `SELECT e.month AS period, e.type AS type, count(*) AS count FROM event_index AS e ${where.sql}
       GROUP BY period, type ORDER BY period, type`,
    )
    .all(...where.params) as TimelineBucket[];
}

const SUMMARY_SQL = `SELECT id, path, sha256, format, encoding, bytes, title, language, published, genre,
    ingested_at,
    (SELECT count(*) FROM events WHERE document_id = d.id) AS events,
    (SELECT count(*) FROM entities WHERE document_id = d.id) AS entities,
    (SELECT count(*) FROM figures WHERE document_id = d.id) AS figures
  FROM documents AS d ORDER BY id LIMIT ? OFFSET ?`;

export function pageDocuments(cache: StatementCache, page: PageRequest, file: string): Page<DocumentSummary> {
  const total = cache.get("SELECT count(*) FROM documents").pluck().get() as number;
  const rows = cache.get(SUMMARY_SQL).all(page.limit, page.offset) as SummaryRow[];
  return { total, items: rows.map((row) => summaryOf(row, file)) };
}

/** Every figure with the review attached to it. */
export function listFigures(cache: StatementCache): ReviewedFigure[] {
  const reviews = new Map(
    (cache.get("SELECT * FROM reviews WHERE kind = 'figure'").all() as ReviewRow[]).map((r) => [
      `${r.document_id}\u0001${r.anchor}`,
      reviewOfRow(r),
    ]),
  );
  const rows = cache.get("SELECT document_id, json FROM figures ORDER BY document_id, ord").all() as {
    document_id: string;
    json: string;
  }[];
  return rows.map((row) => {
    const raw = JSON.parse(row.json) as Figure;
    const review = reviews.get(`${row.document_id}\u0001${anchorOf(raw)}`) ?? null;
    return {
      ref: `${row.document_id}#${raw.id}`,
      documentId: row.document_id,
      figure: applyReview(raw, review),
      review,
    };
  });
}

/** The reviews attached to a document's current events and figures, by item id. */
export function documentReviews(
  cache: StatementCache,
  rq: ReviewQueries,
  documentId: string,
): DocumentReviews {
  const out: DocumentReviews = { events: {}, figures: {} };
  for (const kind of ["event", "figure"] as const) {
    const byAnchor = reviewsByAnchor(rq, kind, documentId);
    if (byAnchor.size === 0) continue;
    const table = kind === "event" ? "events" : "figures";
    const rows = cache
      .get(`SELECT json FROM ${table} WHERE document_id = ? ORDER BY ord`)
      .pluck()
      .all(documentId);
    for (const json of rows as string[]) {
      const item = JSON.parse(json) as { id: string; evidence: string };
      const row = byAnchor.get(anchorOf(item));
      if (row) out[kind === "event" ? "events" : "figures"][item.id] = reviewOfRow(row);
    }
  }
  return out;
}

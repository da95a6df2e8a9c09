// Reviews of events and figures: how they attach to items, how they apply on read, how they are written.

import type Database from "better-sqlite3";
import { z } from "zod";
import { AttestError } from "../../errors.js";
import { Event, Figure } from "../../model/reading.js";
import type {
  AuditEntry,
  Page,
  PageRequest,
  Review,
  ReviewInput,
  ReviewKind,
  ReviewStatus,
} from "../store.js";
import { prepared } from "./prepare.js";

/** A reviews row as stored. */
export interface ReviewRow {
  id: number;
  kind: ReviewKind;
  document_id: string;
  anchor: string;
  item_id: string;
  status: ReviewStatus;
  reviewer: string;
  at: string;
  changes: string | null;
}

interface Reviewable {
  readonly id: string;
  readonly evidence: string;
  readonly type?: unknown;
}

/**
 * What a review is attached to: the pipeline's own type and whitespace-collapsed evidence, not the item
 * id, which shifts when a re-ingested document gains or loses an earlier item. An item whose evidence
 * changed (or disappeared) leaves its review unattached: kept, with its audit trail, but shown nowhere.
 */
export function anchorOf(item: Reviewable): string {
  const evidence = item.evidence.replace(/\s+/gu, " ").trim();
  return typeof item.type === "string" ? `${item.type}\u0000${evidence}` : evidence;
}

/** The item as a reader sees it: the review's changes (when any) over the pipeline's values. */
export function applyReview<T extends object>(item: T, review: Review | null): T {
  return review?.changes ? ({ ...item, ...review.changes } as T) : item;
}

export function reviewOfRow(row: ReviewRow): Review {
  return {
    status: row.status,
    reviewer: row.reviewer,
    at: row.at,
    changes: row.changes === null ? null : (JSON.parse(row.changes) as Record<string, unknown>),
  };
}

const STATUS = { accept: "accepted", edit: "edited", reject: "rejected" } as const;

/**
 * The review after `input`: `edit` merges its changes over earlier ones; `accept` and `reject` keep the
 * earlier changes, so accepting an edited item confirms the edited values.
 */
export function nextReview(before: Review | null, input: ReviewInput, at: string): Review {
  const earlier = before?.changes ?? null;
  const changes = input.action === "edit" ? { ...earlier, ...(input.changes ?? {}) } : earlier;
  return { status: STATUS[input.action], reviewer: input.reviewer, at, changes };
}

/** Fields a reviewer may not change: the id (the item's name) and the evidence (its provenance). */
const FIXED_FIELDS = new Set(["id", "evidence", "also"]);

/** Checks that `changes` only names fields of the item's schema and leaves a valid item. */
/** An event's categories as the ontology writes them (data/ontology/event-types.json). */
const CATEGORIES = z.object({
  plover: z.object({ type: z.string(), mode: z.string().nullable() }).strict().optional(),
  acled: z
    .object({ event_type: z.string().nullable(), sub_event_type: z.string().nullable() })
    .strict()
    .optional(),
});

export function checkEdit(
  kind: ReviewKind,
  item: object,
  changes: Record<string, unknown>,
  ref: string,
): void {
  const schema = kind === "event" ? Event : Figure;
  const known = new Set(Object.keys(schema.shape));
  if (kind === "event") for (const extra of ["plover", "acled"]) known.add(extra);
  const categories = CATEGORIES.safeParse({ plover: changes.plover, acled: changes.acled });
  if (kind === "event" && !categories.success) {
    throw new AttestError("E_READING_INVALID", "the edit's PLOVER or ACLED categories are malformed", ref);
  }
  for (const field of Object.keys(changes)) {
    if (FIXED_FIELDS.has(field) || !known.has(field)) {
      throw new AttestError("E_READING_INVALID", `the ${kind} field "${field}" cannot be edited`, ref);
    }
  }
  const parsed = schema.safeParse({ ...item, ...changes });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join(".") || kind}: ${first.message}` : parsed.error.message;
    throw new AttestError("E_READING_INVALID", `the edit does not give a valid ${kind} (${where})`, ref);
  }
}

interface ItemRow {
  ord: number;
  json: string;
}

/** The SQL of reviewing, prepared once. */
export function prepareReviewQueries(db: Database.Database) {
  return {
    eventItem: prepared<[string, string], ItemRow>(
      db,
      "SELECT ord, json FROM events WHERE document_id = ? AND id = ?",
    ),
    figureItem: prepared<[string, string], ItemRow>(
      db,
      "SELECT ord, json FROM figures WHERE document_id = ? AND id = ?",
    ),
    byAnchor: prepared<[string, string, string], ReviewRow>(
      db,
      "SELECT * FROM reviews WHERE kind = ? AND document_id = ? AND anchor = ?",
    ),
    ofDocument: prepared<[string, string], ReviewRow>(
      db,
      "SELECT * FROM reviews WHERE kind = ? AND document_id = ?",
    ),
    upsert: prepared(
      db,
      `INSERT INTO reviews (kind, document_id, anchor, item_id, status, reviewer, at, changes)
       VALUES (@kind, @documentId, @anchor, @itemId, @status, @reviewer, @at, @changes)
       ON CONFLICT (kind, document_id, anchor) DO UPDATE SET item_id = excluded.item_id,
         status = excluded.status, reviewer = excluded.reviewer, at = excluded.at, changes = excluded.changes`,
    ),
    audit: prepared(
      db,
      `INSERT INTO audit (at, reviewer, kind, ref, action, before, after)
       VALUES (@at, @reviewer, @kind, @ref, @action, @before, @after)`,
    ),
    auditCount: prepared<[], number>(db, "SELECT count(*) FROM audit", true),
    auditPage: prepared<[number, number], AuditRow>(
      db,
      "SELECT * FROM audit ORDER BY seq DESC LIMIT ? OFFSET ?",
    ),
  };
}

export type ReviewQueries = ReturnType<typeof prepareReviewQueries>;

interface AuditRow {
  seq: number;
  at: string;
  reviewer: string;
  kind: ReviewKind;
  ref: string;
  action: AuditEntry["action"];
  before: string | null;
  after: string | null;
}

/** Reviews of one kind for a document, by anchor. */
export function reviewsByAnchor(
  q: ReviewQueries,
  kind: ReviewKind,
  documentId: string,
): Map<string, ReviewRow> {
  return new Map(q.ofDocument.all(kind, documentId).map((row) => [row.anchor, row]));
}

/**
 * Writes one review and its audit record (run inside a transaction). Returns the review, the event's
 * row position (so its index row can be refreshed) and the review row id.
 */
export function writeReview(q: ReviewQueries, input: ReviewInput): { review: Review; ord: number } {
  const ref = `${input.documentId}#${input.itemId}`;
  const row = (input.kind === "event" ? q.eventItem : q.figureItem).get(input.documentId, input.itemId);
  if (!row) throw new AttestError("E_NOT_FOUND", `no ${input.kind} ${ref} in the store`, ref);
  const item = JSON.parse(row.json) as Reviewable & object;
  const anchor = anchorOf(item);
  const stored = q.byAnchor.get(input.kind, input.documentId, anchor);
  const before = stored ? reviewOfRow(stored) : null;
  const at = new Date().toISOString();
  const review = nextReview(before, input, at);
  if (review.changes) checkEdit(input.kind, item, review.changes, ref);
  q.upsert.run({
    kind: input.kind,
    documentId: input.documentId,
    anchor,
    itemId: input.itemId,
    status: review.status,
    reviewer: review.reviewer,
    at,
    changes: review.changes ? JSON.stringify(review.changes) : null,
  });
  q.audit.run({
    at,
    reviewer: input.reviewer,
    kind: input.kind,
    ref,
    action: input.action,
    before: JSON.stringify({ review: before, item: applyReview(item, before) }),
    after: JSON.stringify({ review, item: applyReview(item, review) }),
  });
  return { review, ord: row.ord };
}

export function auditPage(q: ReviewQueries, page: PageRequest): Page<AuditEntry> {
  const items = q.auditPage.all(page.limit, page.offset).map((row) => ({
    seq: row.seq,
    at: row.at,
    reviewer: row.reviewer,
    kind: row.kind,
    ref: row.ref,
    action: row.action,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));
  return { total: q.auditCount.get() as number, items };
}

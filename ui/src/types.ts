// The shapes the HTTP API returns (the /api contract of `attest serve`), as the UI reads them.

export interface RowCounts {
  events: number;
  entities: number;
  figures: number;
}

export interface DocumentSummary {
  id: string;
  path: string;
  format: string;
  encoding: string;
  bytes: number;
  sha256: string;
  title: string | null;
  language: string | null;
  published: string | null;
  genre: string | null;
  counts: RowCounts;
  ingestedAt: string;
}

export interface TimeValue {
  value: string | null;
  text?: string | null;
}

export interface Count {
  value: number | null;
  qualifier: string;
}

export interface Place {
  name: string;
  kind: string;
  country?: string | null;
  admin1?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface Event {
  id: string;
  type: string;
  specific?: boolean;
  evidence: string;
  also?: string[];
  trigger?: string | null;
  agent?: string | null;
  patient?: string | null;
  affiliation?: string | null;
  counts?: Record<string, Count>;
  charges?: string[];
  places?: Place[];
  date?: TimeValue | null;
  source?: string | null;
  factuality: string;
}

export interface Figure {
  id: string;
  evidence: string;
  also?: string[];
  subject?: string | null;
  value: number | null;
  qualifier: string;
  unit?: string | null;
  as_of?: TimeValue | null;
  source?: string | null;
}

export interface Entity {
  id?: string;
  name: string;
  type: string;
  mentions: string[];
  role?: string | null;
  country?: string | null;
}

export interface Reading {
  id?: string;
  document: {
    title?: string | null;
    published?: string | null;
    genre?: string | null;
    language?: string | null;
  };
  entities: Entity[];
  events: Event[];
  figures: Figure[];
}

export type ReviewStatus = "accepted" | "edited" | "rejected";
export type ReviewAction = "accept" | "edit" | "reject";

export interface Review {
  status: ReviewStatus;
  reviewer: string;
  at: string;
  changes: Record<string, unknown> | null;
}

export interface Spans {
  zones: { start: number; end: number; kind: string }[];
  entities: { start: number; end: number; name: string; type: string; key: string }[];
  events: { start: number; end: number; ref: string; type: string }[];
  figures: { start: number; end: number; ref: string }[];
}

export interface DocumentDetail {
  summary: DocumentSummary;
  text: string;
  original: string;
  reading: Reading;
  spans: Spans;
}

export interface ApiEvent {
  ref: string;
  documentId: string;
  documentTitle: string | null;
  event: Event;
  review: Review | null;
  linkId: string | null;
}

export type Facets = Record<
  "type" | "country" | "factuality" | "source" | "reviewed",
  Record<string, number>
>;

export interface EventList {
  total: number;
  items: ApiEvent[];
  facets: Facets;
}

export interface TimelineBucket {
  period: string | null;
  type: string;
  count: number;
}

export interface EntitySummary {
  key: string;
  name: string;
  type: string;
  country: string | null;
  aliases: string[];
  documents: number;
  mentions: number;
}

export interface EntityDetail {
  key: string;
  name: string;
  type: string;
  country: string | null;
  aliases: string[];
  roles: string[];
  mentions: { documentId: string; name: string; mentions: string[] }[];
  events: ApiEvent[];
  sources: string[];
}

export interface ApiFigure {
  ref: string;
  documentId: string;
  figure: Figure;
  review: Review | null;
}

export interface Conflict {
  kind: "contradiction" | "update" | "event_counts";
  subject: string;
  values: {
    ref: string;
    documentId: string;
    value: number | null;
    qualifier: string;
    unit: string | null;
    asOf: string | null;
    source: string | null;
  }[];
  note: string;
}

export interface FigureGroup {
  groupId: string;
  figures: ApiFigure[];
  conflict: Conflict | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  reviewer: string;
  kind: string;
  ref: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface Stats {
  documents: number;
  events: number;
  entities: number;
  figures: number;
}

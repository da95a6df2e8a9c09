// Exports of the store's events: one module per format; this file picks one and names its file.
import type { EventQuery, ReviewedEvent, Store } from "../store/store.js";
import { acledCsv } from "./acled-csv.js";
import { geojson } from "./geojson.js";
import { eventRecords } from "./groups.js";
import { jsonl } from "./jsonl.js";
import { ploverJson } from "./plover.js";

export const EXPORT_FORMATS = ["acled-csv", "jsonl", "geojson", "plover-json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  readonly body: string;
  readonly contentType: string;
  readonly fileName: string;
}

const FILES: Record<ExportFormat, { contentType: string; extension: string }> = {
  "acled-csv": { contentType: "text/csv; charset=utf-8", extension: "csv" },
  jsonl: { contentType: "application/x-ndjson; charset=utf-8", extension: "jsonl" },
  geojson: { contentType: "application/geo+json; charset=utf-8", extension: "geojson" },
  "plover-json": { contentType: "application/json; charset=utf-8", extension: "plover.json" },
};

/**
 * Which events an export holds: a rejected event never; with `reviewedOnly`, only accepted and edited
 * events.
 */
export function exported(events: readonly ReviewedEvent[], reviewedOnly: boolean): ReviewedEvent[] {
  return events.filter((e) =>
    reviewedOnly ? e.review !== null && e.review.status !== "rejected" : e.review?.status !== "rejected",
  );
}

/** Builds the export file of the store's events in `format`. */
export async function exportEvents(
  store: Store,
  format: ExportFormat,
  options: { reviewedOnly?: boolean; query?: EventQuery } = {},
): Promise<ExportFile> {
  const events = exported(await store.reviewedEvents(options.query ?? {}), options.reviewedOnly ?? false);
  const records = eventRecords(events);
  const body =
    format === "acled-csv"
      ? acledCsv(records)
      : format === "jsonl"
        ? jsonl(records)
        : format === "geojson"
          ? `${JSON.stringify(geojson(records))}\n`
          : ploverJson(records);
  return {
    body,
    contentType: FILES[format].contentType,
    fileName: `attest-events.${FILES[format].extension}`,
  };
}

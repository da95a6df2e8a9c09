// ACLED-style CSV: ACLED's column names for what a reading holds, then Attest's provenance columns.
import type { Event } from "../model/reading.js";
import { csvLine } from "./csv.js";
import type { EventRecord } from "./groups.js";

export const ACLED_COLUMNS = [
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "fatalities",
  "factuality",
  "source_speaker",
  "evidence",
  "document_ids",
  "attest_event_id",
] as const;

/** ACLED's time precision: 1 a day, 2 a week or so, 3 a month or longer (or no year). */
export function timePrecision(value: string | null | undefined): number | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/u.test(value) ? 1 : 3;
}

/** ACLED's geo precision: 1 a town or a named site, 2 a part of a region, 3 a region or larger. */
const GEO_PRECISION: Record<string, number> = { city: 1, facility: 1, district: 2, region: 3, country: 3 };

/** Types whose affiliation names the agents' group (for the others it names the patients'). */
const AGENT_AFFILIATED = new Set(["attack", "clash", "mobilize", "protest"]);

function notesOf(event: Event): string {
  const counts = Object.entries(event.counts).map(
    ([role, c]) =>
      `${role}: ${c?.value ?? "several"}${c && c.qualifier !== "exact" ? ` (${c.qualifier})` : ""}`,
  );
  const parts = [...counts];
  if (event.charges.length) parts.push(`charges: ${event.charges.join("; ")}`);
  if (event.affiliation && !AGENT_AFFILIATED.has(event.type))
    parts.push(`patients' affiliation: ${event.affiliation}`);
  if (event.date?.text) parts.push(`date as written: ${event.date.text}`);
  return parts.join("; ");
}

function row(record: EventRecord): unknown[] {
  const { event } = record.main;
  const acled = (event.acled ?? {}) as { event_type?: string | null; sub_event_type?: string | null };
  const place = event.places[0];
  const killed = event.counts.killed?.value;
  const titles = [...new Set(record.members.map((m) => m.documentTitle ?? m.documentId))];
  return [
    event.date?.value?.startsWith("XXXX") ? "" : (event.date?.value ?? ""),
    timePrecision(event.date?.value) ?? "",
    acled.event_type ?? "",
    acled.sub_event_type ?? "",
    event.agent ?? "",
    AGENT_AFFILIATED.has(event.type) ? (event.affiliation ?? "") : "",
    event.patient ?? "",
    typeof place?.admin1 === "string" ? place.admin1 : "",
    place?.name ?? "",
    typeof place?.lat === "number" ? place.lat : "",
    typeof place?.lon === "number" ? place.lon : "",
    place ? (GEO_PRECISION[place.kind] ?? "") : "",
    titles.join("; "),
    notesOf(event),
    typeof killed === "number" ? killed : "",
    event.factuality,
    event.source ?? "",
    event.evidence,
    record.documentIds.join(";"),
    record.id,
  ];
}

export function acledCsv(records: readonly EventRecord[]): string {
  return [csvLine(ACLED_COLUMNS), ...records.map((r) => csvLine(row(r)))].join("");
}

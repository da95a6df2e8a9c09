// Turns an annotated Document into its reading: the GUIDELINES JSON that Attest prints and stores.
import type { Document, Zone } from "./document.js";
import type { Entity, Event, Figure, Reading } from "./reading.js";

export const READING_FORMAT = "attest-reading/1";

/** Provenance Attest adds to a reading beside the GUIDELINES fields (scorers ignore it). */
export interface ReadingProvenance {
  format: typeof READING_FORMAT;
  source: Document["source"];
  stages: Record<string, string>;
  warnings: string[];
}

export type AttestReading = Reading & { id: string; attest: ReadingProvenance };

/** The body: the text of the body zones, in order, separated by blank lines. */
export function bodyText(doc: Document): string {
  const zones: readonly Zone[] = doc.layers.zones?.zones ?? [];
  return zones
    .filter((z) => z.kind === "body")
    .map((z) => doc.text.slice(z.span.start, z.span.end).trim())
    .filter(Boolean)
    .join("\n\n");
}

/** Zones that are page furniture rather than the document's own words about itself (title, byline…). */
const NON_BODY: ReadonlySet<Zone["kind"]> = new Set([
  "caption",
  "bio",
  "navigation",
  "prompt",
  "comments",
  "footer",
]);

/** `non_body`: the verbatim text of each furniture zone, once each, in order. */
export function nonBodyText(doc: Document): string[] {
  const zones: readonly Zone[] = doc.layers.zones?.zones ?? [];
  const out = new Set<string>();
  for (const z of zones) {
    if (!NON_BODY.has(z.kind)) continue;
    const text = doc.text.slice(z.span.start, z.span.end).trim();
    if (text) out.add(text);
  }
  return [...out];
}

export function toReading(doc: Document, stages: Record<string, string>): AttestReading {
  const meta = doc.layers.zones?.meta;
  const strip = <T extends { spans?: unknown; explanation?: unknown }>(a: T) => {
    const { spans: _s, explanation: _e, ...rest } = a;
    return rest;
  };
  return {
    id: doc.id,
    document: {
      title: meta?.title ?? null,
      publisher: meta?.publisher ?? null,
      author: meta?.author ?? null,
      published: meta?.published ?? null,
      genre: (meta?.genre as Reading["document"]["genre"]) ?? null,
      language: meta?.language ?? null,
      non_body: nonBodyText(doc),
      body: bodyText(doc),
    },
    entities: (doc.layers.entities ?? []).map(strip) as Entity[],
    events: (doc.layers.events ?? []).map(strip) as Event[],
    figures: (doc.layers.figures ?? []).map(strip) as Figure[],
    attest: { format: READING_FORMAT, source: doc.source, stages, warnings: [...doc.warnings] },
  };
}

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
      body: bodyText(doc),
    },
    entities: (doc.layers.entities ?? []).map(strip) as Entity[],
    events: (doc.layers.events ?? []).map(strip) as Event[],
    figures: (doc.layers.figures ?? []).map(strip) as Figure[],
    attest: { format: READING_FORMAT, source: doc.source, stages, warnings: [...doc.warnings] },
  };
}

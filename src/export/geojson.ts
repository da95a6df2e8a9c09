// GeoJSON (RFC 7946): one Feature per event record with coordinates, at its located places.
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { type EventRecord, locatedPlaces } from "./groups.js";

function geometryOf(record: EventRecord): Geometry | null {
  const points = locatedPlaces(record.main.event).map((p) => [p.lon, p.lat]);
  if (points.length === 0) return null;
  return points.length === 1
    ? { type: "Point", coordinates: points[0] as number[] }
    : { type: "MultiPoint", coordinates: points };
}

export function geojson(records: readonly EventRecord[]): FeatureCollection {
  const features: Feature[] = [];
  for (const record of records) {
    const geometry = geometryOf(record);
    if (!geometry) continue;
    const { event, review } = record.main;
    features.push({
      type: "Feature",
      id: record.id,
      geometry,
      properties: {
        attest_event_id: record.id,
        type: event.type,
        date: event.date?.value ?? null,
        places: locatedPlaces(event).map((p) => p.name),
        agent: event.agent ?? null,
        patient: event.patient ?? null,
        factuality: event.factuality,
        source: event.source ?? null,
        evidence: event.evidence,
        document_ids: record.documentIds,
        review: review?.status ?? null,
      },
    });
  }
  return { type: "FeatureCollection", features };
}

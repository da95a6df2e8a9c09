// Events as points on an offline basemap: Natural Earth 1:110m countries (world-atlas, bundled), drawn as SVG
// with d3-geo. No tiles, fonts or images are fetched.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, MultiPoint } from "geojson";
import { useMemo, useState } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { typeColour } from "../palette";
import type { ApiEvent } from "../types";

const W = 600;
const H = 340;
const countries = feature(
  world as unknown as Topology<{ countries: GeometryCollection }>,
  (world as unknown as Topology<{ countries: GeometryCollection }>).objects.countries,
) as FeatureCollection;

export interface MapPoint {
  key: string;
  name: string;
  lon: number;
  lat: number;
  events: ApiEvent[];
}

/** One point per place (same coordinates), holding every event located there. */
export function mapPoints(events: ApiEvent[]): MapPoint[] {
  const byKey = new Map<string, MapPoint>();
  for (const e of events) {
    for (const p of e.event.places ?? []) {
      if (typeof p.lat !== "number" || typeof p.lon !== "number") continue;
      const key = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
      const point = byKey.get(key) ?? { key, name: p.name, lon: p.lon, lat: p.lat, events: [] };
      if (!point.events.includes(e)) point.events.push(e);
      byKey.set(key, point);
    }
  }
  return [...byKey.values()];
}

/** Fits the projection to the points with a margin of degrees around them, or to the world when none. */
function projectionFor(points: MapPoint[]) {
  const projection = geoEqualEarth();
  if (points.length === 0) return projection.fitSize([W, H], countries);
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const m = 8;
  const box: MultiPoint = {
    type: "MultiPoint",
    coordinates: [
      [Math.max(-180, Math.min(...lons) - m), Math.max(-85, Math.min(...lats) - m)],
      [Math.min(180, Math.max(...lons) + m), Math.min(85, Math.max(...lats) + m)],
    ],
  };
  return projection.fitExtent(
    [
      [10, 10],
      [W - 10, H - 10],
    ],
    box,
  );
}

export function EventMap({
  events,
  total,
  onPick,
}: {
  events: ApiEvent[];
  total: number;
  onPick: (e: ApiEvent) => void;
}) {
  const points = useMemo(() => mapPoints(events), [events]);
  const projection = useMemo(() => projectionFor(points), [points]);
  const path = geoPath(projection);
  const [open, setOpen] = useState<string | null>(null);
  const chosen = points.find((p) => p.key === open);
  const unplaced = events.filter(
    (e) => !(e.event.places ?? []).some((p) => typeof p.lat === "number"),
  ).length;
  return (
    <figure className="map">
      <figcaption>
        Events by place{total > events.length ? ` (first ${events.length} of ${total})` : ""}
        {unplaced ? ` · ${unplaced} without coordinates` : ""}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Map of event places">
        <rect width={W} height={H} className="sea" />
        <g className="land">
          {countries.features.map((f, i) => (
            <path key={String(f.id ?? i)} d={path(f) ?? ""}>
              <title>{String((f.properties as { name?: string } | null)?.name ?? "")}</title>
            </path>
          ))}
        </g>
        {points.map((p) => {
          const xy = projection([p.lon, p.lat]);
          if (!xy) return null;
          const r = 3 + Math.sqrt(p.events.length) * 2;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: the list under the map gives keyboard access.
            <g key={p.key} className={`point${open === p.key ? " open" : ""}`} onClick={() => setOpen(p.key)}>
              <title>{`${p.name}: ${p.events.length} event${p.events.length === 1 ? "" : "s"}`}</title>
              <circle cx={xy[0]} cy={xy[1]} r={r} fill={typeColour(p.events[0]?.event.type ?? "")} />
            </g>
          );
        })}
      </svg>
      <div className="map-places">
        <label className="stack">
          <span>Place</span>
          <select value={open ?? ""} onChange={(e) => setOpen(e.target.value || null)}>
            <option value="">choose a place ({points.length})</option>
            {points.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name} ({p.events.length})
              </option>
            ))}
          </select>
        </label>
        {chosen && (
          <ul>
            {chosen.events.map((e) => (
              <li key={e.ref}>
                <button type="button" className="link-button" onClick={() => onPick(e)}>
                  {e.ref} {e.event.type}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </figure>
  );
}

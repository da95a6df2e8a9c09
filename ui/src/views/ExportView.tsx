// Export: download links for each format the server writes, all of it or reviewed records only.
import { useState } from "react";
import { exportUrl } from "../api";

const FORMATS: [string, string][] = [
  ["acled-csv", "ACLED-style CSV"],
  ["jsonl", "JSON lines (readings)"],
  ["geojson", "GeoJSON (events with places)"],
  ["plover-json", "PLOVER JSON"],
];

export function ExportView() {
  const [reviewedOnly, setReviewedOnly] = useState(false);
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <label className="check">
        <input type="checkbox" checked={reviewedOnly} onChange={(e) => setReviewedOnly(e.target.checked)} />{" "}
        Reviewed records only
      </label>
      <ul className="exports">
        {FORMATS.map(([format, label]) => (
          <li key={format}>
            <a className="button" href={exportUrl(format, reviewedOnly)} download data-format={format}>
              Download {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

// The facet filters of the events view: checkboxes for repeatable filters, a choice for single ones.
import type { Facets as FacetCounts } from "../types";

export type FacetName = keyof FacetCounts;

/** Filters that may repeat in the query (`type=arrest&type=raid`). */
export const MULTI: readonly FacetName[] = ["type", "country", "factuality"];
export const SINGLE: readonly FacetName[] = ["source", "reviewed"];

const TITLES: Record<FacetName, string> = {
  type: "Type",
  country: "Country",
  factuality: "Factuality",
  source: "Source",
  reviewed: "Review",
};

interface Props {
  facets: FacetCounts;
  query: URLSearchParams;
  onChange: (name: FacetName, values: string[]) => void;
}

function sorted(counts: Record<string, number> | undefined): [string, number | null][] {
  return Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The review filter's values are fixed by the API (true|false|accepted|edited|rejected); counts where known. */
function reviewChoices(counts: Record<string, number> | undefined): [string, number | null][] {
  const c = counts ?? {};
  const reviewed = (c.accepted ?? 0) + (c.edited ?? 0) + (c.rejected ?? 0);
  const unreviewed = c.false ?? c.unreviewed ?? c.none ?? c.null ?? null;
  return [
    ["false", unreviewed],
    ["true", reviewed],
    ["accepted", c.accepted ?? 0],
    ["edited", c.edited ?? 0],
    ["rejected", c.rejected ?? 0],
  ];
}

export function Facets({ facets, query, onChange }: Props) {
  return (
    <div className="facets">
      {MULTI.map((name) => {
        const chosen = query.getAll(name);
        const entries = sorted(facets[name]);
        for (const c of chosen) if (!entries.some(([k]) => k === c)) entries.push([c, 0]);
        return (
          <fieldset key={name}>
            <legend>{TITLES[name]}</legend>
            {entries.length === 0 && <p className="muted">none</p>}
            {entries.map(([k, n]) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  name={name}
                  value={k}
                  checked={chosen.includes(k)}
                  onChange={(e) =>
                    onChange(name, e.target.checked ? [...chosen, k] : chosen.filter((c) => c !== k))
                  }
                />{" "}
                {k} <span className="count">{n}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      {SINGLE.map((name) => {
        const value = query.get(name) ?? "";
        const entries = name === "reviewed" ? reviewChoices(facets.reviewed) : sorted(facets[name]);
        if (value && !entries.some(([k]) => k === value)) entries.push([value, 0]);
        return (
          <label key={name} className="stack">
            <span>{TITLES[name]}</span>
            <select
              name={name}
              value={value}
              onChange={(e) => onChange(name, e.target.value ? [e.target.value] : [])}
            >
              <option value="">any</option>
              {entries.map(([k, n]) => (
                <option key={k} value={k}>
                  {k === "false" ? "not reviewed" : k === "true" ? "reviewed" : k}
                  {n === null ? "" : ` (${n})`}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}

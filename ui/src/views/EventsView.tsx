// Events: facets and search on the left; timeline, map and table on the right; the chosen event's review below.
import { type FormEvent, useState } from "react";
import { api, type Query } from "../api";
import { EventMap } from "../components/EventMap";
import { type FacetName, Facets, MULTI } from "../components/Facets";
import { EventDetails } from "../components/ItemDetails";
import { ReviewPanel } from "../components/ReviewPanel";
import { Status } from "../components/Status";
import { Swatch, Timeline } from "../components/Timeline";
import { counts, places, reviewLabel, timeValue } from "../format";
import { typeColour } from "../palette";
import { href, navigate, type Route } from "../router";
import type { ApiEvent } from "../types";
import { useApi } from "../useApi";
import { documentHref } from "./DocumentView";

const PAGE = 50;
const FILTERS = ["type", "country", "actor", "source", "factuality", "from", "to", "q", "reviewed"] as const;

/** The API query of the events view's filters, read from the route. */
export function filterQuery(query: URLSearchParams): Query {
  const out: Query = {};
  for (const f of FILTERS) {
    const values = query.getAll(f);
    if (values.length) out[f] = (MULTI as readonly string[]).includes(f) ? values : values[0];
  }
  return out;
}

function withParams(query: URLSearchParams, changes: Record<string, string[]>): string {
  const q = new URLSearchParams(query);
  for (const [k, values] of Object.entries(changes)) {
    q.delete(k);
    for (const v of values) if (v) q.append(k, v);
  }
  if (!("offset" in changes)) q.delete("offset");
  return href(["events"], q);
}

export function EventsView({ route }: { route: Route }) {
  const query = route.query;
  const filters = filterQuery(query);
  const key = JSON.stringify(filters);
  const offset = Number(query.get("offset") ?? 0) || 0;
  const list = useApi(() => api.events({ ...filters, limit: PAGE, offset }), `events:${key}:${offset}`);
  const all = useApi(() => api.events({ ...filters, limit: 500 }), `events-map:${key}`);
  const timeline = useApi(() => api.timeline(filters), `timeline:${key}`);
  const selected = query.get("sel");
  const set = (changes: Record<string, string[]>) => navigate(withParams(query, changes));
  const pick = (e: ApiEvent) => set({ sel: [e.ref], offset: query.getAll("offset") });

  return (
    <div className="events-page">
      <aside className="sidebar" aria-label="Filters">
        <SearchForm
          key={["q", "actor", "from", "to"].map((k) => query.get(k)).join("|")}
          query={query}
          onSearch={set}
        />
        {list.data && (
          <Facets facets={list.data.facets} query={query} onChange={(n: FacetName, v) => set({ [n]: v })} />
        )}
        <p>
          <a href={href(["events"])}>Clear all filters</a>
        </p>
      </aside>
      <div className="events-main">
        <div className="charts">
          <Status loaded={timeline}>
            {(t) => <Timeline buckets={t.buckets} onMonth={(m) => set({ from: [m], to: [m] })} />}
          </Status>
          <Status loaded={all}>{(a) => <EventMap events={a.items} total={a.total} onPick={pick} />}</Status>
        </div>
        {selected && (
          <SelectedEvent
            refId={selected}
            items={[...(list.data?.items ?? []), ...(all.data?.items ?? [])]}
            onClose={() => set({ sel: [] })}
            onReviewed={() => {
              list.reload();
              all.reload();
            }}
          />
        )}
        <Status loaded={list}>
          {(l) => (
            <>
              <EventTable items={l.items} selected={selected} onPick={pick} />
              <Pager total={l.total} offset={offset} onPage={(o) => set({ offset: [String(o)], sel: [] })} />
            </>
          )}
        </Status>
      </div>
    </div>
  );
}

function SearchForm({
  query,
  onSearch,
}: {
  query: URLSearchParams;
  onSearch: (c: Record<string, string[]>) => void;
}) {
  const [q, setQ] = useState(query.get("q") ?? "");
  const [actor, setActor] = useState(query.get("actor") ?? "");
  const [from, setFrom] = useState(query.get("from") ?? "");
  const [to, setTo] = useState(query.get("to") ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch({ q: [q.trim()], actor: [actor.trim()], from: [from.trim()], to: [to.trim()] });
  };
  return (
    <search>
      <form onSubmit={submit} className="search">
        <label className="stack">
          <span>Search the evidence</span>
          <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label className="stack">
          <span>Actor (agent, patient, affiliation)</span>
          <input name="actor" value={actor} onChange={(e) => setActor(e.target.value)} />
        </label>
        <div className="row">
          <label className="stack">
            <span>From</span>
            <input name="from" value={from} placeholder="2016-01" onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label className="stack">
            <span>To</span>
            <input name="to" value={to} placeholder="2016-12-31" onChange={(e) => setTo(e.target.value)} />
          </label>
        </div>
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

interface SelectedProps {
  refId: string;
  items: ApiEvent[];
  onClose: () => void;
  onReviewed: () => void;
}

function SelectedEvent({ refId, items, onClose, onReviewed }: SelectedProps) {
  const found = items.find((e) => e.ref === refId);
  if (!found) return null;
  return (
    <section className="selection" aria-label={`Event ${refId}`}>
      <div className="selection-head">
        <h3>
          Event {found.ref} <span className="muted">{found.documentTitle}</span>
        </h3>
        <button type="button" onClick={onClose} aria-label="Close the event">
          Close
        </button>
      </div>
      <div className="two-col">
        <div>
          <EventDetails event={found.event} documentId={found.documentId} />
          <p>
            <a href={documentHref(found.documentId, { kind: "event", id: found.ref })}>
              Show in the document
            </a>
          </p>
        </div>
        <ReviewPanel
          key={found.ref}
          kind="events"
          itemRef={found.ref}
          item={found.event}
          review={found.review}
          onReviewed={onReviewed}
        />
      </div>
    </section>
  );
}

function EventTable({
  items,
  selected,
  onPick,
}: {
  items: ApiEvent[];
  selected: string | null;
  onPick: (e: ApiEvent) => void;
}) {
  if (items.length === 0) return <p className="muted">No events match.</p>;
  return (
    <div className="table-wrap">
      <table className="events-table">
        <caption>Events</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Type</th>
            <th scope="col">Date</th>
            <th scope="col">Agent</th>
            <th scope="col">Patient</th>
            <th scope="col">Counts</th>
            <th scope="col">Places</th>
            <th scope="col">Source</th>
            <th scope="col">Factuality</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.ref} className={e.ref === selected ? "current" : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick(e)}
                  aria-label={`Event ${e.ref}`}
                >
                  {e.event.id}
                </button>
                <span className="doc-of muted" title={e.documentTitle ?? e.documentId}>
                  {e.documentTitle ?? e.documentId}
                </span>
              </th>
              <td className="type">
                <Swatch colour={typeColour(e.event.type)} /> {e.event.type}
              </td>
              <td>{timeValue(e.event.date)}</td>
              <td>{e.event.agent}</td>
              <td>{e.event.patient}</td>
              <td>{counts(e.event.counts)}</td>
              <td>{places(e.event.places)}</td>
              <td>{e.event.source}</td>
              <td>{e.event.factuality}</td>
              <td>
                <span className={`badge review-${e.review?.status ?? "none"}`}>{reviewLabel(e.review)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Pager({
  total,
  offset,
  onPage,
  page = PAGE,
}: {
  total: number;
  offset: number;
  onPage: (o: number) => void;
  page?: number;
}) {
  if (total <= page) return <p className="muted">{total} in all</p>;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - page))}>
        Previous
      </button>
      <span>
        {offset + 1}–{Math.min(total, offset + page)} of {total}
      </span>
      <button type="button" disabled={offset + page >= total} onClick={() => onPage(offset + page)}>
        Next
      </button>
    </nav>
  );
}

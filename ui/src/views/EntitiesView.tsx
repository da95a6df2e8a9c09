// Entities: a searchable list, and one page per entity with its aliases, roles, mentions, events and sources.
import { type FormEvent, useState } from "react";
import { api } from "../api";
import { Status } from "../components/Status";
import { counts, places, timeValue } from "../format";
import { href, navigate, type Route } from "../router";
import type { EntityDetail } from "../types";
import { useApi } from "../useApi";
import { ENTITY_TYPES } from "../vocab";
import { documentHref } from "./DocumentView";
import { Pager } from "./EventsView";

const PAGE = 100;

export function EntitiesView({ route }: { route: Route }) {
  const q = route.query.get("q") ?? "";
  const type = route.query.get("type") ?? "";
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const list = useApi(
    () => api.entities({ q, type, limit: PAGE, offset }),
    `entities:${q}:${type}:${offset}`,
  );
  const go = (next: Record<string, string>) =>
    navigate(
      href(["entities"], new URLSearchParams(Object.entries({ q, type, ...next }).filter(([, v]) => v))),
    );
  return (
    <section aria-labelledby="entities-title">
      <h2 id="entities-title">Entities</h2>
      <EntitySearch key={`${q}|${type}`} q={q} type={type} onSearch={(nq, nt) => go({ q: nq, type: nt })} />
      <Status loaded={list}>
        {(l) => (
          <>
            <table className="entities-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Country</th>
                  <th scope="col">Aliases</th>
                  <th scope="col">Documents</th>
                  <th scope="col">Mentions</th>
                </tr>
              </thead>
              <tbody>
                {l.items.map((e) => (
                  <tr key={e.key}>
                    <th scope="row">
                      <a href={href(["entities", e.key])}>{e.name}</a>
                    </th>
                    <td>{e.type}</td>
                    <td>{e.country}</td>
                    <td>{e.aliases.join(", ")}</td>
                    <td className="num">{e.documents}</td>
                    <td className="num">{e.mentions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={l.total} offset={offset} page={PAGE} onPage={(o) => go({ offset: String(o) })} />
          </>
        )}
      </Status>
    </section>
  );
}

function EntitySearch({
  q,
  type,
  onSearch,
}: {
  q: string;
  type: string;
  onSearch: (q: string, type: string) => void;
}) {
  const [text, setText] = useState(q);
  const [kind, setKind] = useState(type);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim(), kind);
  };
  return (
    <search>
      <form className="search row" onSubmit={submit}>
        <label className="stack">
          <span>Name or alias</span>
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="stack">
          <span>Type</span>
          <select name="type" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">any</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

export function EntityView({ entityKey }: { entityKey: string }) {
  const entity = useApi(() => api.entity(entityKey), `entity:${entityKey}`);
  return <Status loaded={entity}>{(e) => <EntityPage e={e} />}</Status>;
}

function EntityPage({ e }: { e: EntityDetail }) {
  return (
    <article className="entity-page">
      <p>
        <a href={href(["entities"])}>← Entities</a>
      </p>
      <h2>{e.name}</h2>
      <p className="muted">{[e.type, e.country, e.key].filter(Boolean).join(" · ")}</p>
      <dl className="fields-list">
        <div>
          <dt>Aliases</dt>
          <dd>{e.aliases.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>Roles</dt>
          <dd>{e.roles.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{e.sources.join(", ") || "—"}</dd>
        </div>
      </dl>
      <h3>Mentions</h3>
      <ul>
        {e.mentions.map((m) => (
          <li key={`${m.documentId}:${m.name}`}>
            <a href={documentHref(m.documentId, { kind: "entity", id: e.key })}>{m.documentId}</a>: {m.name}
            {m.mentions.length > 0 && (
              <span className="muted"> — {m.mentions.map((x) => `“${x}”`).join(", ")}</span>
            )}
          </li>
        ))}
      </ul>
      <h3>Events ({e.events.length})</h3>
      {e.events.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Type</th>
              <th scope="col">Date</th>
              <th scope="col">Counts</th>
              <th scope="col">Places</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {e.events.map((x) => (
              <tr key={x.ref}>
                <th scope="row">
                  <a href={documentHref(x.documentId, { kind: "event", id: x.ref })}>{x.ref}</a>
                </th>
                <td>{x.event.type}</td>
                <td>{timeValue(x.event.date)}</td>
                <td>{counts(x.event.counts)}</td>
                <td>{places(x.event.places)}</td>
                <td>{x.event.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

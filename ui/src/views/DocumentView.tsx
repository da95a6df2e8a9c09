// One document: its text with highlights, and beside it the selected item's evidence, fields and review.
import { useCallback, useEffect } from "react";
import { api } from "../api";
import { DocText, type Selection } from "../components/DocText";
import { EntityLink } from "../components/EntityLink";
import { EventDetails, FigureDetails } from "../components/ItemDetails";
import { ReviewPanel } from "../components/ReviewPanel";
import { Status } from "../components/Status";
import { eventTitle, figureTitle } from "../format";
import type { Mark } from "../highlight";
import { href, navigate, type Route } from "../router";
import type { ApiEvent, ApiFigure, DocumentDetail } from "../types";
import { useApi } from "../useApi";

/** The link to a document with one of its items selected. */
export function documentHref(documentId: string, selection?: Selection): string {
  const q = new URLSearchParams();
  if (selection) {
    q.set("kind", selection.kind);
    q.set("id", selection.id);
  }
  return href(["documents", documentId], q);
}

function selectionOf(route: Route): Selection | null {
  const kind = route.query.get("kind");
  const id = route.query.get("id");
  if (!id || (kind !== "event" && kind !== "figure" && kind !== "entity")) return null;
  return { kind, id };
}

export function DocumentView({ id, route }: { id: string; route: Route }) {
  const doc = useApi(() => api.document(id), `doc:${id}`);
  const events = useApi(() => api.events({ document: id, limit: 500 }), `doc-events:${id}`);
  const figures = useApi(() => api.figures({ limit: 500 }), `doc-figures:${id}`);
  const selected = selectionOf(route);
  const select = useCallback((s: Selection) => navigate(documentHref(id, s)), [id]);
  const onPick = useCallback(
    (marks: Mark[]) => {
      const first =
        marks.find((m) => m.kind === "event") ?? marks.find((m) => m.kind === "figure") ?? marks[0];
      if (first && first.kind !== "zone") select({ kind: first.kind, id: first.id });
    },
    [select],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the selected item changes, not when its object is rebuilt from the route
  useEffect(() => {
    if (!selected || !doc.data) return;
    document.querySelector(".doc-text .selected")?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selected?.kind, selected?.id, doc.data]);

  const docFigures = (figures.data?.groups ?? [])
    .flatMap((g) => g.figures)
    .filter((f) => f.documentId === id);
  return (
    <Status loaded={doc}>
      {(d) => (
        <article className="doc-page">
          <DocHeader d={d} />
          <div className="doc-columns">
            <section aria-label="Document text" className="doc-text-col">
              <Legend />
              <DocText text={d.text} spans={d.spans} selected={selected} onPick={onPick} />
            </section>
            <aside className="doc-side" aria-label="Readings of this document">
              <SelectionPanel
                d={d}
                selected={selected}
                events={events.data?.items ?? []}
                figures={docFigures}
              />
              <ItemLists d={d} selected={selected} select={select} />
            </aside>
          </div>
        </article>
      )}
    </Status>
  );
}

function DocHeader({ d }: { d: DocumentDetail }) {
  const s = d.summary;
  return (
    <header className="doc-header">
      <p>
        <a href={href(["documents"])}>← Documents</a>
      </p>
      <h2>{s.title ?? s.id}</h2>
      <p className="muted">
        {[s.id, s.path, s.format, s.encoding, s.published && `published ${s.published}`, s.genre, s.language]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </header>
  );
}

function Legend() {
  return (
    <p className="legend">
      <span className="hl-event">event</span> <span className="hl-figure">figure</span>{" "}
      <span className="hl-entity">entity</span> <span className="nonbody">outside the body</span>
    </p>
  );
}

interface PanelProps {
  d: DocumentDetail;
  selected: Selection | null;
  events: ApiEvent[];
  figures: ApiFigure[];
}

function SelectionPanel({ d, selected, events, figures }: PanelProps) {
  if (!selected) return <p className="muted hint">Click a highlight or an item below to see its evidence.</p>;
  if (selected.kind === "event") {
    const itemId = selected.id.slice(selected.id.lastIndexOf("#") + 1);
    const event = d.reading.events.find((e) => e.id === itemId);
    if (!event) return <p className="error">No event {selected.id} in this document.</p>;
    const api = events.find((e) => e.ref === selected.id);
    return (
      <section className="selection" aria-label="Selected event">
        <h3>Event {itemId}</h3>
        <EventDetails event={event} />
        <ReviewPanel
          key={selected.id}
          kind="events"
          itemRef={selected.id}
          item={event}
          review={api?.review ?? null}
        />
      </section>
    );
  }
  if (selected.kind === "figure") {
    const itemId = selected.id.slice(selected.id.lastIndexOf("#") + 1);
    const figure = d.reading.figures.find((f) => f.id === itemId);
    if (!figure) return <p className="error">No figure {selected.id} in this document.</p>;
    const api = figures.find((f) => f.ref === selected.id);
    return (
      <section className="selection" aria-label="Selected figure">
        <h3>Figure {itemId}</h3>
        <FigureDetails figure={figure} />
        <ReviewPanel
          key={selected.id}
          kind="figures"
          itemRef={selected.id}
          item={figure}
          review={api?.review ?? null}
        />
      </section>
    );
  }
  const span = d.spans.entities.find((e) => e.key === selected.id);
  const entity = d.reading.entities.find((e) => (e.id ?? e.name) === selected.id || e.name === span?.name);
  return (
    <section className="selection" aria-label="Selected entity">
      <h3>{entity?.name ?? span?.name ?? selected.id}</h3>
      <p>
        {entity?.type ?? span?.type} {entity?.country ? `· ${entity.country}` : ""}{" "}
        {entity?.role ? `· ${entity.role}` : ""}
      </p>
      {entity && <p>Mentions: {entity.mentions.map((m) => `“${m}”`).join(", ")}</p>}
      <EntityLink entityKey={selected.id} name="All documents and events of this entity" />
    </section>
  );
}

function ItemLists({
  d,
  selected,
  select,
}: {
  d: DocumentDetail;
  selected: Selection | null;
  select: (s: Selection) => void;
}) {
  const docId = d.summary.id;
  const located = new Set([...d.spans.events.map((s) => s.ref), ...d.spans.figures.map((s) => s.ref)]);
  const entityKeys = new Map(d.spans.entities.map((e) => [e.name, e.key]));
  const isSel = (kind: Selection["kind"], id: string) => selected?.kind === kind && selected.id === id;
  const item = (kind: Selection["kind"], id: string, label: string, note?: string) => (
    <li key={`${kind}:${id}`}>
      <button
        type="button"
        className={`link-button${isSel(kind, id) ? " current" : ""}`}
        aria-pressed={isSel(kind, id)}
        onClick={() => select({ kind, id })}
      >
        {label}
      </button>
      {note && <span className="muted"> {note}</span>}
    </li>
  );
  const unlocated = (ref: string) => (located.has(ref) ? undefined : "(evidence not found in the text)");
  return (
    <div className="item-lists">
      <h3>Events ({d.reading.events.length})</h3>
      <ul>
        {d.reading.events.map((e) =>
          item("event", `${docId}#${e.id}`, `${e.id} ${eventTitle(e)}`, unlocated(`${docId}#${e.id}`)),
        )}
      </ul>
      <h3>Figures ({d.reading.figures.length})</h3>
      <ul>
        {d.reading.figures.map((f) =>
          item("figure", `${docId}#${f.id}`, `${f.id} ${figureTitle(f)}`, unlocated(`${docId}#${f.id}`)),
        )}
      </ul>
      <h3>Entities ({d.reading.entities.length})</h3>
      <ul>
        {d.reading.entities.map((e) => {
          const key = entityKeys.get(e.name) ?? e.id ?? e.name;
          return item("entity", key, `${e.name} (${e.type})`);
        })}
      </ul>
    </div>
  );
}

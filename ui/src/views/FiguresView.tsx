// Figures: each group of figures about one quantity side by side, with who says it and as of when;
// groups whose sources disagree are marked.
import { useState } from "react";
import { api } from "../api";
import { FigureDetails } from "../components/ItemDetails";
import { ReviewPanel } from "../components/ReviewPanel";
import { Status } from "../components/Status";
import { quantity, reviewLabel, timeValue } from "../format";
import type { Route } from "../router";
import { href, navigate } from "../router";
import type { ApiFigure, FigureGroup } from "../types";
import { useApi } from "../useApi";
import { documentHref } from "./DocumentView";
import { Pager } from "./EventsView";

const PAGE = 100;

export function FiguresView({ route }: { route: Route }) {
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const conflictsOnly = route.query.get("conflicts") === "1";
  const list = useApi(() => api.figures({ limit: PAGE, offset }), `figures:${offset}`);
  const [open, setOpen] = useState<string | null>(null);
  const go = (q: Record<string, string>) => navigate(href(["figures"], new URLSearchParams(q)));
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">Figures</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={conflictsOnly}
          onChange={(e) => go(e.target.checked ? { conflicts: "1" } : {})}
        />{" "}
        Only groups whose figures conflict
      </label>
      <Status loaded={list}>
        {(l) => {
          const groups = conflictsOnly ? l.groups.filter((g) => g.conflict) : l.groups;
          // Groups where several sources state the quantity come first, those that disagree before the rest.
          const shared = groups
            .filter((g) => g.figures.length > 1)
            .sort((a, b) => +!!b.conflict - +!!a.conflict);
          const single = groups.filter((g) => g.figures.length <= 1);
          return (
            <>
              {groups.length === 0 && <p className="muted">No figures.</p>}
              {shared.map((g) => (
                <Group key={g.groupId} g={g} open={open} onOpen={setOpen} />
              ))}
              {single.length > 0 && <h3>Stated by one document only ({single.length})</h3>}
              <div className="singles">
                {single.map((g) => (
                  <Group key={g.groupId} g={g} open={open} onOpen={setOpen} />
                ))}
              </div>
              <Pager total={l.total} offset={offset} page={PAGE} onPage={(o) => go({ offset: String(o) })} />
            </>
          );
        }}
      </Status>
    </section>
  );
}

function Group({
  g,
  open,
  onOpen,
}: {
  g: FigureGroup;
  open: string | null;
  onOpen: (ref: string | null) => void;
}) {
  const inConflict = new Set(g.conflict?.values.map((v) => v.ref) ?? []);
  const chosen = g.figures.find((f) => f.ref === open);
  const subject = g.conflict?.subject ?? g.figures.find((f) => f.figure.subject)?.figure.subject ?? "";
  return (
    <section
      className={`figure-group${g.conflict ? " conflict" : ""}${chosen ? " open" : ""}`}
      aria-label={`Figure group ${g.groupId}`}
    >
      <header>
        <h3>
          {subject || "Figure"} <span className="muted">({g.figures.length})</span>
        </h3>
        {g.conflict && (
          <p className="conflict-note" role="note">
            <strong>{g.conflict.kind.replace("_", " ")}</strong>: {g.conflict.note}
          </p>
        )}
      </header>
      <ul className="figure-cards">
        {g.figures.map((f) => (
          <FigureCard
            key={f.ref}
            f={f}
            conflicting={inConflict.has(f.ref)}
            open={open === f.ref}
            onOpen={onOpen}
            showSubject={f.figure.subject !== subject}
          />
        ))}
      </ul>
      {chosen && (
        <div className="two-col">
          <FigureDetails figure={chosen.figure} documentId={chosen.documentId} />
          <ReviewPanel
            key={chosen.ref}
            kind="figures"
            itemRef={chosen.ref}
            item={chosen.figure}
            review={chosen.review}
          />
        </div>
      )}
    </section>
  );
}

function FigureCard({
  f,
  conflicting,
  open,
  onOpen,
  showSubject,
}: {
  f: ApiFigure;
  conflicting: boolean;
  open: boolean;
  onOpen: (ref: string | null) => void;
  /** The group's heading already names the subject when all its figures share it. */
  showSubject: boolean;
}) {
  return (
    <li className={`figure-card${conflicting ? " conflicting" : ""}`}>
      <p className="value">{quantity(f.figure.value, f.figure.qualifier, f.figure.unit)}</p>
      {showSubject && f.figure.subject && <p>{f.figure.subject}</p>}
      <p>
        <span className="muted">says</span> {f.figure.source ?? "—"}
      </p>
      <p>
        <span className="muted">as of</span> {timeValue(f.figure.as_of) || "—"}
      </p>
      <p>
        <a href={documentHref(f.documentId, { kind: "figure", id: f.ref })}>{f.ref}</a>
      </p>
      <p>
        <span className={`badge review-${f.review?.status ?? "none"}`}>{reviewLabel(f.review)}</span>
      </p>
      {conflicting && <p className="badge conflict-badge">conflicts</p>}
      <button type="button" aria-expanded={open} onClick={() => onOpen(open ? null : f.ref)}>
        {open ? "Close" : "Evidence and review"}
      </button>
    </li>
  );
}

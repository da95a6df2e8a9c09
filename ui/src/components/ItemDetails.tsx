// The fields of one event or figure as a definition list, with its evidence quoted from the source.
import type { ReactNode } from "react";
import { counts, places, quantity, timeValue } from "../format";
import { href } from "../router";
import type { Event, Figure } from "../types";

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="fields-list">
      {rows
        .filter(([, v]) => v !== "" && v !== null && v !== undefined)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

export function Evidence({ text, also }: { text: string; also?: string[] | undefined }) {
  return (
    <figure className="evidence">
      <blockquote>{text}</blockquote>
      {also && also.length > 0 && <figcaption>Also: {also.map((a) => `“${a}”`).join(" · ")}</figcaption>}
    </figure>
  );
}

export function EventDetails({ event, documentId }: { event: Event; documentId?: string }) {
  return (
    <div className="item-details">
      <Evidence text={event.evidence} also={event.also} />
      <Fields
        rows={[
          ["Type", event.type],
          ["Specific", event.specific === false ? "no (a generic or habitual mention)" : ""],
          ["Trigger", event.trigger],
          ["Agent", event.agent],
          ["Patient", event.patient],
          ["Affiliation", event.affiliation],
          ["Counts", counts(event.counts)],
          ["Charges", (event.charges ?? []).join(", ")],
          ["Places", places(event.places)],
          ["Date", timeValue(event.date)],
          ["Source", event.source],
          ["Factuality", event.factuality],
          [
            "Document",
            documentId ? (
              <a key="document" href={href(["documents", documentId])}>
                {documentId}
              </a>
            ) : (
              ""
            ),
          ],
        ]}
      />
    </div>
  );
}

export function FigureDetails({ figure, documentId }: { figure: Figure; documentId?: string }) {
  return (
    <div className="item-details">
      <Evidence text={figure.evidence} also={figure.also} />
      <Fields
        rows={[
          ["Value", quantity(figure.value, figure.qualifier, figure.unit)],
          ["Subject", figure.subject],
          ["As of", timeValue(figure.as_of)],
          ["Source", figure.source],
          [
            "Document",
            documentId ? (
              <a key="document" href={href(["documents", documentId])}>
                {documentId}
              </a>
            ) : (
              ""
            ),
          ],
        ]}
      />
    </div>
  );
}

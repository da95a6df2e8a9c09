// A document's stored text with its zones greyed and its entities, events and figures highlighted.
// The text is rendered as React text nodes, never as HTML: documents may be hostile.
import { type KeyboardEvent, memo, useMemo } from "react";
import { type Mark, mergeRuns, runs } from "../highlight";
import type { Spans } from "../types";

export interface Selection {
  kind: "event" | "figure" | "entity";
  id: string;
}

interface Props {
  text: string;
  spans: Spans;
  selected: Selection | null;
  onPick: (marks: Mark[]) => void;
}

function classesOf(marks: Mark[], selected: Selection | null): string {
  const kinds = new Set(marks.map((m) => (m.kind === "zone" ? "nonbody" : `hl-${m.kind}`)));
  if (selected && marks.some((m) => m.kind === selected.kind && m.id === selected.id)) kinds.add("selected");
  return [...kinds].join(" ");
}

function DocTextImpl({ text, spans, selected, onPick }: Props) {
  const list = useMemo(() => mergeRuns(runs(text, spans)), [text, spans]);
  return (
    <div className="doc-text">
      {list.map((r) => {
        const piece = text.slice(r.start, r.end);
        if (r.marks.length === 0) return piece;
        const clickable = r.marks.filter((m) => m.kind !== "zone");
        const className = classesOf(r.marks, selected);
        if (clickable.length === 0)
          return (
            <span key={r.start} className={className} title="outside the body (title, byline, caption, …)">
              {piece}
            </span>
          );
        const pick = () => onPick(clickable);
        const onKey = (e: KeyboardEvent) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            pick();
          }
        };
        return (
          // biome-ignore lint/a11y/useSemanticElements: a <button> cannot wrap across lines inside running text.
          <span
            key={r.start}
            className={className}
            role="button"
            tabIndex={0}
            title={clickable.map((m) => m.label).join("; ")}
            data-marks={clickable.map((m) => `${m.kind}:${m.id}`).join(" ")}
            onClick={pick}
            onKeyDown={onKey}
          >
            {piece}
          </span>
        );
      })}
    </div>
  );
}

export const DocText = memo(DocTextImpl);

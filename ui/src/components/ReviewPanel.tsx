// Review of one event or figure: accept, reject, or edit its main fields, signed with a reviewer name.
import { type FormEvent, useState } from "react";
import { api } from "../api";
import { changesOf, type FieldValues, fieldsOf } from "../edit-fields";
import { reviewLabel } from "../format";
import type { Event, Figure, Review, ReviewAction } from "../types";
import { AuditLog } from "./AuditLog";
import { EditForm } from "./EditForm";

const REVIEWER_KEY = "attest.reviewer";

function storedReviewer(): string {
  try {
    return window.localStorage.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return "";
  }
}

interface Props {
  kind: "events" | "figures";
  itemRef: string;
  item: Event | Figure;
  review: Review | null;
  onReviewed?: (review: Review) => void;
}

export function ReviewPanel({ kind, itemRef, item, review, onReviewed }: Props) {
  const [reviewer, setReviewer] = useState(storedReviewer);
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<FieldValues>(() => fieldsOf(kind, item));
  const [current, setCurrent] = useState<Review | null>(review);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  async function send(action: ReviewAction, changes?: Record<string, unknown>) {
    const name = reviewer.trim();
    if (!name) {
      setMessage({ error: true, text: "Enter your name as reviewer first." });
      return;
    }
    try {
      window.localStorage.setItem(REVIEWER_KEY, name);
    } catch {
      // Private windows may refuse storage; the name is then asked again next time.
    }
    setBusy(true);
    try {
      const res = await api.review(kind, itemRef, {
        action,
        reviewer: name,
        ...(changes ? { changes } : {}),
      });
      setCurrent(res.review);
      setMessage({ error: false, text: `Saved: ${reviewLabel(res.review)}.` });
      setEditing(false);
      setVersion((v) => v + 1);
      onReviewed?.(res.review);
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  function submitEdit(e: FormEvent) {
    e.preventDefault();
    const result = changesOf(kind, item, values);
    if ("error" in result) setMessage({ error: true, text: result.error });
    else if (Object.keys(result.changes).length === 0)
      setMessage({ error: true, text: "Nothing was changed." });
    else void send("edit", result.changes);
  }

  return (
    <section className="review" aria-label={`Review ${itemRef}`}>
      <h4>
        Review <span className={`badge review-${current?.status ?? "none"}`}>{reviewLabel(current)}</span>
      </h4>
      <label className="inline">
        Reviewer{" "}
        <input
          name="reviewer"
          value={reviewer}
          onChange={(e) => setReviewer(e.target.value)}
          placeholder="your name"
          autoComplete="name"
        />
      </label>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => void send("accept")}>
          Accept
        </button>
        <button type="button" disabled={busy} onClick={() => setEditing((x) => !x)} aria-expanded={editing}>
          Edit…
        </button>
        <button type="button" disabled={busy} className="danger" onClick={() => void send("reject")}>
          Reject
        </button>
      </div>
      {editing && (
        <form onSubmit={submitEdit} className="edit-form" aria-label="Edit fields">
          <EditForm kind={kind} values={values} onChange={setValues} />
          <div className="buttons">
            <button type="submit" disabled={busy}>
              Save edit
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {message && (
        <p className={message.error ? "error" : "ok"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <details open={version > 0}>
        <summary>Audit log of this item</summary>
        <AuditLog itemRef={itemRef} version={version} />
      </details>
    </section>
  );
}

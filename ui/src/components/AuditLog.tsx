// The audit trail of reviews: who changed what and when, newest first, optionally for one item only.
import { api } from "../api";
import { changedFields } from "../audit-diff";
import { dateTime } from "../format";
import type { AuditEntry } from "../types";
import { useApi } from "../useApi";
import { Status } from "./Status";

export function AuditLog({ itemRef, version = 0 }: { itemRef?: string; version?: number }) {
  const loaded = useApi(() => api.audit({ limit: 500 }), `audit:${version}`);
  return (
    <Status loaded={loaded}>
      {(data) => {
        const items = itemRef ? data.items.filter((i) => i.ref === itemRef) : data.items;
        return <AuditTable items={[...items].sort((x, y) => y.seq - x.seq)} showRef={!itemRef} />;
      }}
    </Status>
  );
}

function AuditTable({ items, showRef }: { items: AuditEntry[]; showRef: boolean }) {
  if (items.length === 0) return <p className="muted">No reviews yet.</p>;
  return (
    <table className="audit">
      <caption>Audit log</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">When</th>
          <th scope="col">Reviewer</th>
          <th scope="col">Action</th>
          {showRef && <th scope="col">Item</th>}
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.seq}>
            <td>{i.seq}</td>
            <td>{dateTime(i.at)}</td>
            <td>{i.reviewer}</td>
            <td>
              <span className={`badge review-${i.action}`}>{i.action}</span>
            </td>
            {showRef && (
              <td>
                {i.kind} {i.ref}
              </td>
            )}
            <td>
              <ul className="changes">
                {changedFields(i.before, i.after).map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

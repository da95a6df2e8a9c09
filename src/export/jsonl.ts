// JSON lines: one API event (reviews applied, with its review and link id) per line.
import type { EventRecord } from "./groups.js";

export function jsonl(records: readonly EventRecord[]): string {
  const lines = records.flatMap((r) =>
    r.members.map((m) => JSON.stringify({ ...m, linkId: r.id === m.ref ? null : r.id })),
  );
  return lines.map((line) => `${line}\n`).join("");
}

// The fields a reviewer may edit on an event or a figure, and the `changes` object an edit sends.
import type { Event, Figure } from "./types.js";
import { EVENT_TYPES, FACTUALITIES, QUALIFIERS, TIME_VALUE } from "./vocab.js";

export type FieldValues = Record<string, string>;

interface Field {
  name: string;
  label: string;
  options?: readonly string[];
  /** How the text box maps to the item's JSON value. */
  as: "text" | "enum" | "number" | "time";
}

const EVENT_FIELDS: Field[] = [
  { name: "type", label: "Type", options: EVENT_TYPES, as: "enum" },
  { name: "agent", label: "Agent (who acted)", as: "text" },
  { name: "patient", label: "Patient (who was acted on)", as: "text" },
  { name: "affiliation", label: "Affiliation", as: "text" },
  { name: "date", label: "Date (2016, 2016-12, 2016-12-21, XXXX-12-21)", as: "time" },
  { name: "source", label: "Source (author or speaker)", as: "text" },
  { name: "factuality", label: "Factuality", options: FACTUALITIES, as: "enum" },
];

const FIGURE_FIELDS: Field[] = [
  { name: "subject", label: "Subject (what is counted)", as: "text" },
  { name: "value", label: "Value", as: "number" },
  { name: "qualifier", label: "Qualifier", options: QUALIFIERS, as: "enum" },
  { name: "unit", label: "Unit", as: "text" },
  { name: "as_of", label: "As of (date)", as: "time" },
  { name: "source", label: "Source (author or speaker)", as: "text" },
];

export const fieldsFor = (kind: "events" | "figures") => (kind === "events" ? EVENT_FIELDS : FIGURE_FIELDS);

/** The form's starting values: the item's current fields as text. */
export function fieldsOf(kind: "events" | "figures", item: Event | Figure): FieldValues {
  const rec = item as unknown as Record<string, unknown>;
  const out: FieldValues = {};
  for (const f of fieldsFor(kind)) {
    const v = rec[f.name];
    out[f.name] =
      f.as === "time" ? ((v as { value?: string | null } | null)?.value ?? "") : v == null ? "" : String(v);
  }
  return out;
}

/** The fields that differ from the item, as JSON values for the review call, or why the form is wrong. */
export function changesOf(
  kind: "events" | "figures",
  item: Event | Figure,
  values: FieldValues,
): { changes: Record<string, unknown> } | { error: string } {
  const before = fieldsOf(kind, item);
  const rec = item as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const f of fieldsFor(kind)) {
    const text = (values[f.name] ?? "").trim();
    if (text === before[f.name]) continue;
    if (f.as === "time") {
      if (text && !TIME_VALUE.test(text))
        return { error: `${f.label}: not a date like 2016-12-21 or XXXX-12` };
      const old = rec[f.name] as { text?: string | null } | null | undefined;
      changes[f.name] = { value: text || null, text: old?.text ?? null };
    } else if (f.as === "number") {
      if (text && !/^\d+(\.\d+)?$/.test(text)) return { error: `${f.label}: not a number` };
      changes[f.name] = text ? Number(text) : null;
    } else changes[f.name] = text || null;
  }
  return { changes };
}

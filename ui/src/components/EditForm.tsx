// The small form for editing an event's or a figure's main fields.
import { useId } from "react";
import { type FieldValues, fieldsFor } from "../edit-fields";

export function EditForm({
  kind,
  values,
  onChange,
}: {
  kind: "events" | "figures";
  values: FieldValues;
  onChange: (v: FieldValues) => void;
}) {
  const set = (name: string, value: string) => onChange({ ...values, [name]: value });
  const prefix = useId();
  return (
    <div className="fields">
      {fieldsFor(kind).map((f) => (
        <div key={f.name} className="field">
          <label htmlFor={`${prefix}-${f.name}`}>{f.label}</label>
          {f.options ? (
            <select
              id={`${prefix}-${f.name}`}
              name={f.name}
              value={values[f.name] ?? ""}
              onChange={(e) => set(f.name, e.target.value)}
            >
              {f.options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${prefix}-${f.name}`}
              name={f.name}
              value={values[f.name] ?? ""}
              inputMode={f.as === "number" ? "decimal" : undefined}
              onChange={(e) => set(f.name, e.target.value)}
            />
          )}
        </div>
      ))}
    </div>
  );
}

// What one audit record changed, field by field, for the audit log table.

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Fields whose value differs between `before` and `after`, as "path: old → new"; nested objects (the server
 * logs `{ review, item }`) are compared field by field, a missing side counting as empty.
 */
export function changedFields(before: unknown, after: unknown, prefix = "", depth = 0): string[] {
  const nested = (isObject(before) || before == null) && (isObject(after) || after == null);
  if (!nested || depth > 2 || (before == null && after == null)) {
    return JSON.stringify(before ?? null) === JSON.stringify(after ?? null)
      ? []
      : [`${prefix}: ${short(before)} → ${short(after)}`];
  }
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) =>
    changedFields(a[k], b[k], prefix ? `${prefix}.${k}` : k, depth + 1),
  );
}

function short(v: unknown): string {
  const s = v === undefined || v === null ? "—" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

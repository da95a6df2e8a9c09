// What a view shows while its data loads or when the call failed.
import type { ReactNode } from "react";
import type { Loaded } from "../useApi";

export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.error)
    return (
      <p className="error" role="alert">
        Could not load: {loaded.error.message}
      </p>
    );
  if (!loaded.data) return <p className="muted">Loading…</p>;
  return <>{children(loaded.data)}</>;
}

// A small hash router: `#/events?type=arrest` → { path: ["events"], query }; links are plain `href="#/…"`.
import { useEffect, useState } from "react";

export interface Route {
  /** Decoded path segments. */
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const path = pathPart
    .split("/")
    .filter((s) => s !== "")
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, query: new URLSearchParams(q < 0 ? "" : raw.slice(q + 1)) };
}

/** The href of a route: segments are encoded, so ids with `/`, `#` or `?` survive. */
export function href(segments: readonly string[], query?: URLSearchParams): string {
  const qs = query?.toString();
  return `#/${segments.map(encodeURIComponent).join("/")}${qs ? `?${qs}` : ""}`;
}

export function navigate(to: string): void {
  if (window.location.hash !== to) window.location.hash = to;
}

export function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return parseHash(hash);
}

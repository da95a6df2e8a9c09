// walkPaths: the document files named by command-line paths, directories walked in sorted order.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { type AttestError, asAttestError } from "../errors.js";
import { isDocumentPath } from "./formats.js";

export type WalkItem = { path: string } | { error: AttestError };

/** Directory entries never walked into or read: hidden ones and installed packages. */
function isSkipped(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/** Whether an entry is a directory, following a symlink to see what it points at. */
async function entryKind(dir: string, entry: Dirent): Promise<"dir" | "file" | "other"> {
  if (entry.isDirectory()) return "dir";
  if (entry.isFile()) return "file";
  if (!entry.isSymbolicLink()) return "other";
  const target = await stat(join(dir, entry.name));
  return target.isDirectory() ? "dir" : target.isFile() ? "file" : "other";
}

/** The documents under `dir`, depth first in sorted order; `seen` holds real paths already walked. */
async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symlink back into a directory already walked: a loop
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { error: asAttestError(err, dir) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    let kind: "dir" | "file" | "other";
    try {
      kind = await entryKind(dir, entry);
    } catch (err) {
      yield { error: asAttestError(err, path) };
      continue;
    }
    if (kind === "dir") yield* walkDirectory(path, seen);
    else if (kind === "file" && isDocumentPath(path)) yield { path };
  }
}

/**
 * The files to read for `paths`: a file given explicitly is yielded whatever its extension (its
 * reader refuses what it cannot read); a directory yields its document files recursively, sorted,
 * skipping hidden entries and node_modules; a path that does not exist yields an error.
 */
export async function* walkPaths(paths: string[]): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (err) {
      yield { error: asAttestError(err, path) };
      continue;
    }
    if (isDirectory) yield* walkDirectory(path, seen);
    else yield { path };
  }
}

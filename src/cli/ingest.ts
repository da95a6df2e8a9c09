// `attest ingest`: read documents into the store, one transaction each, resuming where a run stopped.
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { analyseDocument, prepare } from "../analyse.js";
import { AttestError, asAttestError } from "../errors.js";
import { readDocument } from "../read/read.js";
import { walkPaths } from "../read/walk.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/store.js";
import {
  DATA_HELP,
  dataDir,
  ENCODING_HELP,
  EXIT,
  err,
  MAX_BYTES_HELP,
  maxBytes,
  parseBytes,
} from "./options.js";

interface IngestOptions {
  data?: string;
  maxBytes?: number;
  encoding?: string;
}

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failures: AttestError[];
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description("read documents and store them with their readings (re-running skips what is stored)")
    .argument("<path...>", "files or directories (read recursively: .txt .md .html .htm .pdf .docx)")
    .option("--data <dir>", DATA_HELP)
    .option("--max-bytes <n>", MAX_BYTES_HELP, parseBytes)
    .option("--encoding <name>", ENCODING_HELP)
    .addHelpText(
      "after",
      "\nDocuments are identified by the SHA-256 of their bytes: ingesting the same files again\n" +
        "changes nothing; a changed file at a known path replaces its old reading. Each document is\n" +
        "written in one transaction, so an interrupted run leaves no half-written document and a\n" +
        "re-run completes the rest. Every file that failed is listed at the end with its reason.\n" +
        "Exit status: 0 all stored, 1 some files failed (the others are stored) or none found, 2 usage error.",
    )
    .action(async (paths: string[], opts: IngestOptions) => setExit(await runIngest(paths, opts)));
}

async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  const store = await openStore(dataDir(opts.data));
  try {
    const summary = await ingest(store, paths, {
      maxBytes: maxBytes(opts.maxBytes),
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
    });
    const stored = summary.added + summary.replaced + summary.unchanged;
    err(
      `ingested ${stored} document${stored === 1 ? "" : "s"} (${summary.added} added, ${summary.replaced} replaced, ` +
        `${summary.unchanged} unchanged), ${summary.failures.length} failed`,
    );
    for (const f of summary.failures) err(`  ${f.line()}`);
    return summary.failures.length ? EXIT.someFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}

/** Ingests every document under `paths` into `store`; never stops at a bad file. */
export async function ingest(
  store: Store,
  paths: readonly string[],
  options: { maxBytes?: number; encoding?: string } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, failures: [] };
  const files: string[] = [];
  for await (const item of walkPaths([...paths])) {
    if ("error" in item) summary.failures.push(item.error);
    else files.push(item.path);
  }
  if (files.length === 0 && summary.failures.length === 0) {
    summary.failures.push(new AttestError("E_NO_DOCUMENTS", undefined, paths.join(", ")));
  }
  const ready = { ...options, ...prepare() };
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ etaBuffer: 50 }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0);
  for (const path of files) {
    try {
      const read = await readDocument(path, ready);
      if (await store.hasSha256(read.source.sha256)) {
        summary.unchanged++;
        bar?.increment();
        continue;
      }
      const { doc, reading } = analyseDocument(read, ready);
      const result = await store.putDocument({
        id: doc.id,
        source: doc.source,
        text: doc.text,
        original: doc.original,
        reading,
        pipeline: reading.attest.stages,
      });
      summary[result.status]++;
    } catch (e) {
      summary.failures.push(failureOf(e, path));
    }
    bar?.increment();
  }
  bar?.stop();
  return summary;
}

/** The failure line for one document: always its path, with a store error's reason kept. */
function failureOf(e: unknown, path: string): AttestError {
  if (e instanceof AttestError && e.code === "E_STORE")
    return new AttestError("E_STORE", e.reason, path, { cause: e });
  return e instanceof AttestError && e.file ? e : asAttestError(e, path);
}

// `attest ls` and `attest events`: what the store holds, as a table or as JSON.
import Table from "cli-table3";
import type { Command } from "commander";
import { openStore } from "../store/index.js";
import { DATA_HELP, dataDir, EXIT, out } from "./options.js";

interface ListOptions {
  data?: string;
  json?: boolean;
  type?: string;
  document?: string;
}

/** A table; coloured only on a terminal, so piped output stays plain text. */
function table(head: string[]): Table.Table {
  return new Table(process.stdout.isTTY ? { head } : { head, style: { head: [], border: [] } });
}

const cut = (s: string | null | undefined, n: number) => {
  const flat = (s ?? "").replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export function registerList(program: Command, setExit: (code: number) => void): void {
  program
    .command("ls")
    .description("list the stored documents")
    .option("--data <dir>", DATA_HELP)
    .option("--json", "print a JSON array")
    .action(async (opts: ListOptions) => setExit(await runLs(opts)));
  program
    .command("events")
    .description("list the stored events")
    .option("--data <dir>", DATA_HELP)
    .option("--json", "print a JSON array")
    .option("--type <type>", "only events of this type (arrest, attack, …)")
    .option("--document <id>", "only events of this document")
    .action(async (opts: ListOptions) => setExit(await runEvents(opts)));
}

async function runLs(opts: ListOptions): Promise<number> {
  const store = await openStore(dataDir(opts.data));
  try {
    const docs = await store.listDocuments();
    if (opts.json) {
      await out(`${JSON.stringify(docs, null, 2)}\n`);
      return EXIT.ok;
    }
    const rows = table(["id", "format", "lang", "published", "events", "figures", "title"]);
    for (const d of docs) {
      rows.push([
        d.id,
        d.format,
        d.language ?? "",
        d.published ?? "",
        d.counts.events,
        d.counts.figures,
        cut(d.title, 60),
      ]);
    }
    await out(`${rows.toString()}\n${docs.length} document${docs.length === 1 ? "" : "s"}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function runEvents(opts: ListOptions): Promise<number> {
  const store = await openStore(dataDir(opts.data));
  try {
    const filter = {
      ...(opts.type ? { type: opts.type } : {}),
      ...(opts.document ? { documentId: opts.document } : {}),
    };
    const events = await store.listEvents(filter);
    if (opts.json) {
      await out(`${JSON.stringify(events, null, 2)}\n`);
      return EXIT.ok;
    }
    const rows = table(["document", "id", "type", "date", "places", "source", "factuality", "evidence"]);
    for (const { documentId, event: e } of events) {
      const places = (e.places ?? []).map((p) => p.name).join(", ");
      rows.push([
        documentId,
        e.id,
        e.type,
        e.date?.value ?? "",
        cut(places, 20),
        cut(e.source, 16),
        e.factuality,
        cut(e.evidence, 50),
      ]);
    }
    await out(`${rows.toString()}\n${events.length} event${events.length === 1 ? "" : "s"}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

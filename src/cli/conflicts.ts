// `attest conflicts`: the discrepancies the store's links show — figures updated over time, figures that
// contradict each other, and linked events whose counts differ — as a table or as JSON.
import Table from "cli-table3";
import type { Command } from "commander";
import { type Conflict, QUALIFIER_WORDS } from "../link/conflicts.js";
import { openStore } from "../store/index.js";
import { DATA_HELP, dataDir, EXIT, out } from "./options.js";

interface ConflictOptions {
  data?: string;
  json?: boolean;
}

const HELP = `
Kinds:
  contradiction  figures of one quantity, at one time, that cannot all be true (qualifiers count:
                 "at least 8" and "11" agree; "330" and "500" do not)
  update         figures of one quantity that changed between their as-of dates (22 in February,
                 40 in April)
  event_counts   mentions of one linked event whose counts disagree (one report: 8 killed,
                 another: 11)

Each value names its item (document#id), its source and its as-of date. The store links documents
as they are ingested (attest ingest); this command only reads.
Exit status: 0 listed (also when there are none), 1 the store could not be read, 2 usage error.`;

export function registerConflicts(program: Command, setExit: (code: number) => void): void {
  program
    .command("conflicts")
    .description("list where linked figures and events disagree: contradictions, updates, event counts")
    .option("--data <dir>", DATA_HELP)
    .option("--json", "print a JSON array of conflicts")
    .addHelpText("after", HELP)
    .action(async (opts: ConflictOptions) => setExit(await runConflicts(opts)));
}

/** One conflict's values, one a line: "330 (more than) — 002#f1, Mamataliev, as of XXXX-04-21". */
function valueLines(c: Conflict): string {
  return c.values
    .map((v) => {
      const amount = `${QUALIFIER_WORDS[v.qualifier] ?? ""}${v.value ?? ""}`;
      const by = [v.ref, v.source, v.asOf ? `as of ${v.asOf}` : null].filter(Boolean).join(", ");
      return `${amount} — ${by}`;
    })
    .join("\n");
}

export function conflictTable(conflicts: readonly Conflict[]): string {
  const head = ["kind", "subject", "values", "note"];
  const rows = new Table(process.stdout.isTTY ? { head } : { head, style: { head: [], border: [] } });
  for (const c of conflicts) rows.push([c.kind, c.subject, valueLines(c), c.note]);
  return `${rows.toString()}\n${conflicts.length} conflict${conflicts.length === 1 ? "" : "s"}\n`;
}

async function runConflicts(opts: ConflictOptions): Promise<number> {
  const store = await openStore(dataDir(opts.data));
  try {
    const conflicts = await store.conflicts();
    await out(opts.json ? `${JSON.stringify(conflicts, null, 2)}\n` : conflictTable(conflicts));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

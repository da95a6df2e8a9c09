// `attest export`: the store's events as ACLED-style CSV, JSON lines, GeoJSON or PLOVER JSON.
import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { EXPORT_FORMATS, type ExportFormat, exportEvents } from "../export/index.js";
import { openStore } from "../store/index.js";
import { DATA_HELP, dataDir, EXIT, err, out } from "./options.js";

interface ExportOptions {
  data?: string;
  format: ExportFormat;
  reviewedOnly?: boolean;
  out?: string;
}

export function registerExport(program: Command, setExit: (code: number) => void): void {
  program
    .command("export")
    .description("export the stored events (reviews applied) for other tools")
    .addOption(new Option("--format <format>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .option("--reviewed-only", "only events a reviewer accepted or edited")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--data <dir>", DATA_HELP)
    .addHelpText(
      "after",
      "\nRejected events are never exported. Events linked across documents (one occurrence) are one\n" +
        "record listing every document id. The formats' columns are described in src/export/README.md.",
    )
    .action(async (opts: ExportOptions) => setExit(await runExport(opts)));
}

async function runExport(opts: ExportOptions): Promise<number> {
  const store = await openStore(dataDir(opts.data));
  try {
    const file = await exportEvents(store, opts.format, { reviewedOnly: opts.reviewedOnly ?? false });
    if (opts.out) {
      await writeFile(opts.out, file.body);
      err(`attest: wrote ${opts.out}`);
    } else {
      await out(file.body);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

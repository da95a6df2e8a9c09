// `attest read`: print the readings of documents (JSON, JSON lines or explanations).
import type { Command } from "commander";
import { analysePaths, isFailure } from "../analyse.js";
import { AttestError } from "../errors.js";
import { linkReadings } from "../link/link.js";
import type { AttestReading } from "../model/to-reading.js";
import { explain } from "./explain.js";
import { ENCODING_HELP, EXIT, err, MAX_BYTES_HELP, maxBytes, out, parseBytes } from "./options.js";

interface ReadOptions {
  jsonl?: boolean;
  explain?: boolean;
  maxBytes?: number;
  encoding?: string;
}

export function registerRead(program: Command, setExit: (code: number) => void): void {
  program
    .command("read")
    .description("print the reading of each document: entities, events, figures and the cleaned body")
    .argument("<path...>", "files or directories (read recursively: .txt .md .html .htm .pdf .docx)")
    .option("--jsonl", 'one reading per line, then one line {"links": {...}}')
    .option("--explain", "show how each reading was made: zones, layers, rules, with their reasons")
    .option("--max-bytes <n>", MAX_BYTES_HELP, parseBytes)
    .option("--encoding <name>", ENCODING_HELP)
    .addHelpText(
      "after",
      "\nWithout --jsonl, one document prints its reading as a JSON object and several print\n" +
        '{"readings": [...], "links": {...}}. A file that cannot be read gets one line on stderr\n' +
        "and the others are still read. Exit status: 0 all read, 1 some failed or none found, 2 usage error.",
    )
    .action(async (paths: string[], opts: ReadOptions) => setExit(await runRead(paths, opts)));
}

async function runRead(paths: string[], opts: ReadOptions): Promise<number> {
  const readings: AttestReading[] = [];
  let failed = 0;
  const options = {
    maxBytes: maxBytes(opts.maxBytes),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
  };
  for await (const result of analysePaths(paths, options)) {
    if (isFailure(result)) {
      failed++;
      err(result.error.line());
      continue;
    }
    readings.push(result.reading);
    if (opts.explain) await out(explain(result.doc, result.reading));
    else if (opts.jsonl) await out(`${JSON.stringify(result.reading)}\n`);
  }
  if (readings.length === 0 && failed === 0) {
    err(new AttestError("E_NO_DOCUMENTS", undefined, paths.join(", ")).line());
    return EXIT.someFailed;
  }
  const links = linkReadings(readings);
  if (opts.jsonl && !opts.explain) await out(`${JSON.stringify({ links })}\n`);
  else if (!opts.explain) {
    const single = readings.length === 1 && failed === 0;
    await out(`${JSON.stringify(single ? readings[0] : { readings, links }, null, 2)}\n`);
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}

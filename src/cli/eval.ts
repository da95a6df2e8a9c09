// `attest eval`: run the pipeline on a gold set and print the GUIDELINES §6 metrics (as score.py does).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { analyseFile, prepare } from "../analyse.js";
import { asAttestError } from "../errors.js";
import { formatReport, loadGold, loadSystem, type ScoreReport, score } from "../eval/index.js";
import { linkReadings } from "../link/link.js";
import type { AttestReading } from "../model/to-reading.js";
import { EXIT, err, out } from "./options.js";

interface EvalOptions {
  json?: boolean;
  readings?: string;
}

export function registerEval(program: Command, setExit: (code: number) => void): void {
  program
    .command("eval")
    .description("score the pipeline against a gold set (GUIDELINES §6: the numbers of gold/score.py)")
    .argument("<gold-dir>", "a directory of <id>.txt|.html with <id>.gold.json (and links.json)")
    .option("--json", "print the metrics as one JSON object, with the keys of score.py --json")
    .option(
      "--readings <file>",
      "score these readings (JSON lines, or a directory of <id>.json) instead of running the pipeline",
    )
    .addHelpText(
      "after",
      "\nExit status: 0 scored, 1 the gold set or a document could not be read, 2 usage error.",
    )
    .action(async (goldDir: string, opts: EvalOptions) => setExit(await runEval(goldDir, opts)));
}

async function runEval(goldDir: string, opts: EvalOptions): Promise<number> {
  const gold = loadGold(goldDir);
  if (opts.readings) {
    const system = loadSystem(opts.readings);
    return report(score(gold, system.readings, system.links), opts);
  }
  const readings = new Map<string, AttestReading>();
  let failed = 0;
  const ready = prepare();
  for (const id of gold.ids) {
    // as score.py, the .html wins when both exist
    const path = [".html", ".txt"].map((ext) => join(goldDir, id + ext)).find((p) => existsSync(p));
    if (!path) continue;
    try {
      readings.set(id, (await analyseFile(path, ready)).reading);
    } catch (e) {
      failed++;
      err(asAttestError(e, path).line());
    }
  }
  await report(score(gold, readings, linkReadings([...readings.values()])), opts);
  return failed ? EXIT.someFailed : EXIT.ok;
}

async function report(r: ScoreReport, opts: EvalOptions): Promise<number> {
  await out(opts.json ? `${JSON.stringify(r)}\n` : `${formatReport(r)}\n`);
  return EXIT.ok;
}

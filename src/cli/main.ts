// The `attest` command line: one thin command per file, each calling library functions.
import { Command, CommanderError } from "commander";
import { AttestError } from "../errors.js";
import { registerConflicts } from "./conflicts.js";
import { registerEval } from "./eval.js";
import { registerExport } from "./export.js";
import { registerIngest } from "./ingest.js";
import { registerList } from "./ls.js";
import { EXIT, err } from "./options.js";
import { registerRead } from "./read.js";
import { registerServe } from "./serve.js";
import { VERSION } from "./version.js";

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("attest")
    .description("Source-attributed event records from news, press releases and reports")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerRead(program, setExit);
  registerIngest(program, setExit);
  registerList(program, setExit);
  registerEval(program, setExit);
  registerConflicts(program, setExit);
  registerServe(program, setExit);
  registerExport(program, setExit);
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof AttestError) {
      err(`attest: ${e.line()}`);
      return e.code === "E_USAGE" ? EXIT.usage : EXIT.someFailed;
    }
    throw e;
  }
}

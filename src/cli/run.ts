// The executable entry of `attest`: runs the CLI on the process's arguments and sets its exit status.
import { main } from "./main.js";

// a reader that stops early (`attest read … | head`) closes the pipe: stop quietly, as Unix tools do
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));

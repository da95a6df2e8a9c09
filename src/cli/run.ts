// The executable entry of `attest`: runs the CLI on the process's arguments and sets its exit status.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));

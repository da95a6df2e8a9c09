// `attest serve`: the web UI and the HTTP API over the store, on this machine, until interrupted.
import { type Command, InvalidArgumentError } from "commander";
import { AttestError } from "../errors.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../server/index.js";
import { openStore } from "../store/index.js";
import { DATA_HELP, dataDir, EXIT, err } from "./options.js";

interface ServeOptions {
  data?: string;
  host: string;
  port: number;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("expected a port number 0-65535");
  return n;
}

export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("serve the web UI and the HTTP API (under /api) over the store")
    .option("--data <dir>", DATA_HELP)
    .option(
      "--host <host>",
      "address to listen on; keep the default to stay private to this machine",
      DEFAULT_HOST,
    )
    .option("--port <n>", "port to listen on (0: any free port)", parsePort, DEFAULT_PORT)
    .addHelpText(
      "after",
      "\nThe API is described by /api/openapi.json. Nothing is fetched from the network: the UI,\n" +
        "its map and fonts are served from this machine. Stop with Ctrl-C (SIGINT) or SIGTERM.",
    )
    .action(async (opts: ServeOptions) => setExit(await runServe(opts)));
}

async function runServe(opts: ServeOptions): Promise<number> {
  const store = await openStore(dataDir(opts.data));
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ store, host: opts.host, port: opts.port });
  } catch (e) {
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new AttestError("E_USAGE", `cannot listen on ${opts.host}:${opts.port} (${code})`);
    }
    throw e;
  }
  process.stdout.write(`attest: serving ${server.url}\n`);
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once("SIGINT", () => done("SIGINT"));
    process.once("SIGTERM", () => done("SIGTERM"));
  });
  err(`attest: ${signal}, stopping`);
  await server.close();
  await store.close();
  return EXIT.ok;
}

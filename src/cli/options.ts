// Options shared by several commands: the data directory and the read limits.
import { resolve } from "node:path";
import { InvalidArgumentError } from "commander";
import { AttestError } from "../errors.js";
import { DEFAULT_MAX_BYTES } from "../read/read.js";

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export const DATA_HELP = "data directory (default: $ATTEST_DATA or ./attest-data)";
export const MAX_BYTES_HELP = `largest file to read, in bytes (default: $ATTEST_MAX_BYTES or ${DEFAULT_MAX_BYTES})`;
export const ENCODING_HELP =
  "decode text files with this encoding instead of detecting it (e.g. windows-1251)";

export function dataDir(option: string | undefined): string {
  return resolve(option ?? process.env.ATTEST_DATA ?? "attest-data");
}

export function parseBytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError("expected a positive whole number of bytes");
  return n;
}

export function maxBytes(option: number | undefined): number {
  if (option !== undefined) return option;
  const env = process.env.ATTEST_MAX_BYTES;
  if (!env) return DEFAULT_MAX_BYTES;
  const n = Number(env);
  if (!Number.isInteger(n) || n <= 0) {
    throw new AttestError(
      "E_USAGE",
      `ATTEST_MAX_BYTES must be a positive whole number of bytes, not "${env}"`,
    );
  }
  return n;
}

/** Writes a string to stdout, waiting for the pipe to drain (large outputs, slow readers). */
export function out(text: string): Promise<void> {
  return new Promise((done, fail) => {
    if (process.stdout.write(text)) return done();
    const onError = (e: Error) => fail(e);
    process.stdout.once("error", onError);
    process.stdout.once("drain", () => {
      process.stdout.off("error", onError);
      done();
    });
  });
}

export function err(line: string): void {
  process.stderr.write(`${line}\n`);
}

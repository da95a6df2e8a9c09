// Running the real `attest` CLI in a child process, for tests.
import { type SpawnOptions, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const GOLD = join(ROOT, "..", "shared", "gold");
export const ENTRY = ["--import", "tsx", join(ROOT, "src/cli/run.ts")];

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function attest(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; uid?: number } = {},
): CliResult {
  const r = spawnSync(process.execPath, [...ENTRY, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function attestAsync(args: string[], options: SpawnOptions = {}) {
  return spawn(process.execPath, [...ENTRY, ...args], { cwd: ROOT, ...options });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `attest-${prefix}-`));
}

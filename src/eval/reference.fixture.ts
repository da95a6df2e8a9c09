// Test helper: runs the reference (python3 and gold/score.py) in a child process, or says why it cannot.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the shared gold sets and score.py live; ATTEST_GOLD overrides it. */
export const GOLD_ROOT =
  process.env.ATTEST_GOLD ?? fileURLToPath(new URL("../../../shared/gold", import.meta.url));
export const SCORE_PY = join(GOLD_ROOT, "score.py");

/** Why the python reference cannot run here, or null when it can (for `test(..., { skip })`). */
export function pythonMissing(): string | null {
  const probe = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0)
    return "python3 is not installed: the reference comparison is skipped";
  return existsSync(SCORE_PY) ? null : `${SCORE_PY} is absent: the reference comparison is skipped`;
}

/** Runs `score.py goldDir system [--json]` and returns its standard output. */
export function runScorePy(goldDir: string, system: string, json: boolean): string {
  return run(["python3", SCORE_PY, goldDir, system, ...(json ? ["--json"] : [])], "");
}

/**
 * Runs python `code` with score.py importable as `S`; `input` arrives as the JSON value `data`,
 * and whatever the code assigns to `out` comes back, through JSON.
 */
export function runPython(code: string, input: unknown): unknown {
  const prelude = [
    "import json, sys",
    `sys.path.insert(0, ${JSON.stringify(dirname(SCORE_PY))})`,
    "import score as S",
    "data = json.load(sys.stdin)",
  ].join("\n");
  const script = `${prelude}\n${code}\nsys.stdout.write(json.dumps(out))`;
  return JSON.parse(run(["python3", "-c", script], JSON.stringify(input)));
}

function run(argv: string[], input: string): string {
  const [cmd = "python3", ...args] = argv;
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8" };
  const res = spawnSync(cmd, args, { input, env, encoding: "utf8", maxBuffer: 1 << 28 });
  if (res.error) throw res.error;
  if (res.status !== 0)
    throw new Error(`${argv.slice(0, 3).join(" ")} failed (${res.status}):\n${res.stderr}`);
  return res.stdout;
}

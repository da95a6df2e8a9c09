// `attest serve` and `attest export` as a user runs them: a real process, a real socket, real signals.
import assert from "node:assert/strict";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { attest, attestAsync, ROOT, tempDir } from "../../test/cli-helpers.js";

const EXAMPLES = join(ROOT, "examples");

describe("attest serve and attest export", () => {
  const data = tempDir("serve");
  it("ingests the examples", () => {
    assert.equal(attest(["ingest", EXAMPLES, "--data", data]).code, 0);
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`serves the API on a free port, prints the URL and stops cleanly on ${signal}`, async () => {
      const child = attestAsync(["serve", "--port", "0", "--data", data], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      const url = await new Promise<string>((done, fail) => {
        child.stdout?.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (m) done(m[1] as string);
        });
        child.once("exit", (code) => fail(new Error(`serve exited early (${code})`)));
      });
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as { documents: number };
      assert.equal(stats.documents, 5);
      child.kill(signal);
      const [code] = await once(child, "exit");
      assert.equal(code, 0);
    });
  }

  it("exports ACLED-style CSV to a file and JSON lines to stdout", () => {
    const out = join(data, "events.csv");
    const r = attest(["export", "--format", "acled-csv", "--out", out, "--data", data]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, "utf8"), /^event_date,time_precision,event_type,/);
    const lines = attest(["export", "--format", "jsonl", "--data", data]);
    assert.equal(lines.code, 0);
    assert.ok(
      lines.stdout
        .trim()
        .split("\n")
        .every((l) => JSON.parse(l).ref),
    );
  });

  it("refuses an unknown format with a usage error", () => {
    const r = attest(["export", "--format", "xlsx", "--data", data]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Allowed choices are acled-csv, jsonl, geojson, plover-json/);
  });
});

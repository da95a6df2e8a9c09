// score() against score.py itself: gold, empty and perturbed readings on every shared gold set, and crafted edge cases.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, describe, test } from "node:test";
import { loadGold } from "./gold.js";
import { emptyRun, goldRun, perturbedRun, type SystemRun } from "./perturb.fixture.js";
import { GOLD_ROOT, pythonMissing, runScorePy } from "./reference.fixture.js";
import { formatReport, type ScoreReport } from "./report.js";
import { score } from "./score.js";
import { loadSystem } from "./system.js";

// The system files both scorers read; ATTEST_KEEP_EVAL=1 keeps them to open by hand.
const work = mkdtempSync(join(tmpdir(), "attest-eval-"));
after(() => {
  if (process.env.ATTEST_KEEP_EVAL === "1") console.log(`eval test files kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

/** Scores `system` (a JSONL file or a directory) both ways and asserts the very same report and text. */
function assertSameAsScorePy(goldDir: string, system: string): ScoreReport {
  const want = JSON.parse(runScorePy(goldDir, system, true));
  const sys = loadSystem(system);
  const got = score(loadGold(goldDir), sys.readings, sys.links);
  assert.deepStrictEqual(got, want);
  assert.equal(JSON.stringify(got), JSON.stringify(want), "same keys in the same order");
  assert.equal(`${formatReport(got)}\n`, runScorePy(goldDir, system, false), "same text as show()");
  return got;
}

function writeJsonl(run: SystemRun, dir: string): string {
  const file = join(dir, `${run.name}.jsonl`);
  writeFileSync(file, `${run.lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  return file;
}

/** The same run as a directory of <id>.json files (named by the id's base name) and links.json. */
function writeDirectory(run: SystemRun, dir: string): string {
  const out = join(dir, `${run.name}.d`);
  mkdirSync(out);
  for (const { links, ...reading } of run.lines) {
    const name = reading.id === undefined ? "links" : `${basename(String(reading.id))}`;
    writeFileSync(join(out, `${name}.json`), JSON.stringify(reading.id === undefined ? links : reading));
  }
  return out;
}

/** Metrics that a useful perturbation makes strictly between 0 and 1 in some run. */
const PARTIAL: Array<[string, (r: ScoreReport) => number | null]> = [
  ["events.p", (r) => r.events.p],
  ["events.r", (r) => r.events.r],
  ["places.f1", (r) => r.places.f1],
  ["figures.f1", (r) => r.figures.f1],
  ["entities.f1", (r) => r.entities.f1],
  ["entities_untyped.r", (r) => r.entities_untyped.r],
  ["links.events.f1", (r) => r.links.events.f1],
  ["links.figures.f1", (r) => r.links.figures.f1],
  ["links.entities.f1", (r) => r.links.entities.f1],
  ["cleaning.non_body_removed", (r) => r.cleaning.non_body_removed],
  ["cleaning.evidence_kept", (r) => r.cleaning.evidence_kept],
  ...(["agent", "patient", "affiliation", "counts", "date", "source", "factuality"] as const).map(
    (k): [string, (r: ScoreReport) => number | null] => [`event_fields.${k}`, (r) => r.event_fields[k]],
  ),
  ...(["value", "as_of", "source"] as const).map((k): [string, (r: ScoreReport) => number | null] => [
    `figure_fields.${k}`,
    (r) => r.figure_fields[k],
  ]),
  ...(["title", "publisher", "author", "published", "genre", "language"] as const).map(
    (k): [string, (r: ScoreReport) => number | null] => [`document.${k}`, (r) => r.document[k]],
  ),
];

const skipPython = pythonMissing();
for (const set of ["seeds", "dev"]) {
  const goldDir = join(GOLD_ROOT, set);
  const skip = existsSync(goldDir) ? (skipPython ?? false) : `${goldDir} is absent: skipped`;
  describe(`score() equals score.py on gold/${set}`, { skip }, () => {
    const out = join(work, set);
    const perturbed: ScoreReport[] = [];
    const runs = (): SystemRun[] => {
      const gold = loadGold(goldDir);
      return [
        goldRun(gold),
        emptyRun(gold),
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => perturbedRun(gold, seed)),
      ];
    };
    test("gold, empty and perturbed readings as JSONL", () => {
      mkdirSync(out, { recursive: true });
      for (const run of runs()) {
        const report = assertSameAsScorePy(goldDir, writeJsonl(run, out));
        if (run.name === "gold") assert.equal(report.events.f1, 1);
        if (run.name.startsWith("perturbed")) perturbed.push(report);
      }
    });
    test("perturbed readings as a directory of <id>.json", () => {
      const gold = loadGold(goldDir);
      // seed 16 also gives dev, with its single figure group, a partial links.figures score
      perturbed.push(assertSameAsScorePy(goldDir, writeDirectory(perturbedRun(gold, 16), out)));
    });
    test("the perturbations reach partial scores (so the comparison can fail)", () => {
      const flat = PARTIAL.filter(([, metric]) => !perturbed.some((r) => inOpenUnit(metric(r))));
      assert.deepEqual(
        flat.map(([name]) => name),
        [],
      );
      assert.ok(perturbed.some((r) => r.missing_readings.length > 0));
    });
  });
}

function inOpenUnit(v: number | null): boolean {
  return v !== null && v > 0 && v < 1;
}

/** A small gold set whose every document pins one subtlety of score.py (see each comment). */
function craftedGold(dir: string): void {
  const meta = { title: "T", publisher: null, author: null, published: null, genre: "news", language: "en" };
  const event = (evidence: string, agent: string) => ({
    id: "e1",
    type: "arrest",
    evidence,
    agent,
    factuality: "asserted",
  });
  const files: Record<string, string | Buffer> = {
    // "a-b.gold.json" sorts before "a.gold.json" ('-' < '.'), so missing_readings lists "a-b" first
    "a-b.gold.json": JSON.stringify({
      document: meta,
      entities: [{ name: "Here", type: "location", mentions: [] }],
    }),
    "a-b.txt": "Nothing happened here.",
    // .html wins over .txt; "Paris" only occurs in the .html
    "a.gold.json": JSON.stringify({
      document: meta,
      events: [event("Police arrested five men in Paris", "Police")],
      figures: [{ id: "f1", evidence: "five men", value: 5, qualifier: "exact" }],
    }),
    "a.txt": "Police detained five men.",
    "a.html": "<p>Police arrested five men in Paris.</p>",
    // positions count code points: in UTF-16 units the emoji-heavy candidate would win instead
    "e.gold.json": JSON.stringify({ document: meta, events: [event("aa😀😀😀😀 bbbbbbb", "y")] }),
    "e.txt": Buffer.concat([
      Buffer.from("\ufeffaa😀😀😀😀 bbbbbbbc dd.\x1c"),
      Buffer.from([0xff, 0xf0, 0x9f]),
      Buffer.from(" end"),
    ]),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
}

function craftedRun(): SystemRun {
  const arrest = (evidence: string, agent: string, id: string) => ({ id, type: "arrest", evidence, agent });
  const junk = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `j${i}`, evidence: `zzz${i}`, value: 1 }));
  return {
    name: "crafted",
    lines: [
      // 1 of 32 entities right: p = 1/32 = 0.03125, which Python rounds to 0.0312 (half to even)
      {
        id: "a-b.txt",
        entities: [
          { name: "here", type: "location" },
          ...junk(31).map((j) => ({ name: j.evidence, type: "person" })),
        ],
      },
      {
        id: "corpus/a.html",
        // equal overlap: the larger system index wins the gold event, so agent accuracy is 1
        events: [arrest("Paris", "the army", "s1"), arrest("Paris", "Police", "s2")],
        // 1 of 16 figures right: p = 0.0625, which show() prints as 0.062 (half to even)
        figures: [{ id: "f", evidence: "five men", value: 5, qualifier: "exact" }, ...junk(15)],
      },
      { id: "e", events: [arrest("😀😀😀😀 bbbbbbbc dd", "x", "s1"), arrest("bbbbbbbc", "y", "s2")] },
      { links: { events: [["a#s1", "a#s2", "e#s2"]], entities: [["a-b#HERE", "a-b#zzz1"]] } },
    ],
  };
}

describe("score() equals score.py on crafted edge cases", { skip: skipPython ?? false }, () => {
  const dir = join(work, "crafted");
  mkdirSync(dir, { recursive: true });
  craftedGold(dir);
  test("ties, code-point offsets, .html over .txt, rounding ties, odd bytes", () => {
    const r = assertSameAsScorePy(dir, writeJsonl(craftedRun(), work));
    assert.equal(r.entities.p, 0.0312);
    assert.equal(r.figures.p, 0.0625);
    assert.match(formatReport(r), /figures +P 0\.062 /);
    assert.equal(r.event_fields.agent, 1);
  });
  test("no reading at all: every document missing, in score.py's order", () => {
    const r = assertSameAsScorePy(dir, writeJsonl({ name: "none", lines: [] }, work));
    assert.deepEqual(r.missing_readings, ["a-b", "a", "e"]);
  });
});

// `npm run bench`: pipeline speed against a bare read of the same files, and ingest throughput and store size.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseDocument, prepare } from "../src/analyse.js";
import { ingest } from "../src/cli/ingest.js";
import { withLayer } from "../src/model/document.js";
import { textDocument } from "../src/model/text-document.js";
import { DEFAULT_STAGES } from "../src/pipeline.js";
import { readDocument } from "../src/read/read.js";
import { loadResources } from "../src/resources/resources.js";
import { clean } from "../src/stages/clean/clean.js";
import { winkBaseline } from "../src/stages/sentences/sentences.js";
import { openStore } from "../src/store/index.js";
import { describeLink, linkBench } from "./link.js";
import { benchServe, describeServe } from "./serve.js";

const GOLD = new URL("../../shared/gold/", import.meta.url).pathname;
const DOCS = Number(process.argv.find((a) => a.startsWith("--docs="))?.slice(7) ?? 10_000);

function goldFiles(): string[] {
  const dirs = ["seeds", "dev"].map((d) => join(GOLD, d));
  const files = dirs.flatMap((d) => {
    try {
      return readdirSync(d)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(d, f));
    } catch {
      return [];
    }
  });
  if (!files.length) {
    console.error(`bench: no gold documents under ${GOLD} (seeds/, dev/); falling back to examples/`);
    const ex = new URL("../examples/", import.meta.url).pathname;
    return readdirSync(ex)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(ex, f));
  }
  return files;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

async function timeIt<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - t0) / 1e9];
}

/** Pipeline vs baseline (read + decode + hash only) over the same files, in the same run. */
async function pipelineSpeed(files: string[], rounds: number) {
  const ready = prepare();
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0) * rounds;
  const [, base] = await timeIt(async () => {
    for (let r = 0; r < rounds; r++) for (const f of files) await readDocument(f);
  });
  const [, full] = await timeIt(async () => {
    for (let r = 0; r < rounds; r++) for (const f of files) analyseDocument(await readDocument(f), ready);
  });
  const n = files.length * rounds;
  return {
    documents: n,
    mb: bytes / 1e6,
    baselineDocsPerS: n / base,
    pipelineDocsPerS: n / full,
    ratio: full / base,
    pipelineMBPerS: bytes / 1e6 / full,
  };
}

/** The clean stage alone (zones and metadata) over documents already read: its cost per MB of text. */
async function cleaningCost(files: string[], rounds: number) {
  const resources = loadResources();
  const docs = await Promise.all(files.map((f) => readDocument(f)));
  const chars = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0) * rounds;
  const [, seconds] = await timeIt(async () => {
    for (let r = 0; r < rounds; r++) for (const d of docs) clean.run(d, resources);
  });
  return { mb: chars / 1e6, seconds, msPerMB: (seconds * 1000) / (chars / 1e6) };
}

/**
 * The linguistic layer (sentences, POS, time, quantities, places, entities, attribution) and the
 * event layers, each timed over cleaned documents, against a bare wink-nlp tokenise + POS pass over
 * the same body text in the same run.
 */
async function layerSpeed(files: string[], rounds: number) {
  const resources = loadResources();
  const docs = (await Promise.all(files.map((f) => readDocument(f)))).map((d) =>
    withLayer(d, "zones", clean.run(d, resources)),
  );
  const bodies = docs.map((d) =>
    (d.layers.zones?.zones ?? [])
      .filter((z) => z.kind === "body")
      .map((z) => d.text.slice(z.span.start, z.span.end))
      .join("\n\n"),
  );
  let tokens = 0;
  const [, bare] = await timeIt(async () => {
    tokens = 0;
    for (let r = 0; r < rounds; r++) for (const b of bodies) tokens += winkBaseline(b);
  });
  const linguistic = new Set(["sentences", "time", "quantities", "places", "entities", "attribution"]);
  const seconds: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (let d of docs) {
      for (const stage of DEFAULT_STAGES.slice(1)) {
        const t0 = process.hrtime.bigint();
        const layer = stage.run(d, resources);
        seconds[stage.name] = (seconds[stage.name] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9;
        d = withLayer(d, stage.provides, layer);
      }
    }
  }
  const ling = Object.entries(seconds).reduce((n, [k, v]) => n + (linguistic.has(k) ? v : 0), 0);
  const all = Object.values(seconds).reduce((n, v) => n + v, 0);
  const n = docs.length * rounds;
  return {
    documents: n,
    tokens,
    bareWinkTokensPerS: tokens / bare,
    linguisticTokensPerS: tokens / ling,
    linguisticRatio: ling / bare,
    stagesDocsPerS: n / all,
    bareWinkDocsPerS: n / bare,
    stagesRatio: all / bare,
    secondsByStage: seconds,
  };
}

/**
 * Growth with document length: every stage over one document made of the gold texts once and
 * four times over. Linear stages take about four times as long on the long one.
 */
async function scaling(files: string[]) {
  const resources = loadResources();
  const texts = await Promise.all(files.map(async (f) => (await readDocument(f)).text));
  const once = texts.join("\n\n");
  const run = (text: string) => {
    let d = textDocument("long", text);
    const seconds: Record<string, number> = {};
    for (const stage of DEFAULT_STAGES) {
      const t0 = process.hrtime.bigint();
      const layer = stage.run(d, resources);
      seconds[stage.name] = Number(process.hrtime.bigint() - t0) / 1e9;
      d = withLayer(d, stage.provides, layer);
    }
    return seconds;
  };
  run(once); // warm-up
  const small = run(once);
  const large = run([once, once, once, once].join("\n\n"));
  return {
    mb: Buffer.byteLength(once, "utf8") / 1e6,
    ratioByStage: Object.fromEntries(
      Object.keys(small).map((k) => [k, (large[k] ?? 0) / (small[k] || 1e-9)]),
    ),
    secondsSmall: small,
    secondsLarge: large,
  };
}

/** Ingest of `count` distinct documents made by copying the gold documents under new names. */
async function ingestThroughput(files: string[], count: number) {
  const root = mkdtempSync(join(tmpdir(), "attest-bench-"));
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  for (let i = 0; i < count; i++) {
    const src = files[i % files.length] as string;
    // a copy number line keeps each copy's content (and so its hash) distinct
    writeFileSync(
      join(corpus, `doc${String(i).padStart(6, "0")}.txt`),
      `${readFileSync(src, "utf8")}\n\n[copy ${i}]\n`,
    );
  }
  const data = join(root, "data");
  const store = await openStore(data);
  const [first, seconds] = await timeIt(() => ingest(store, [corpus]));
  const [again, secondsAgain] = await timeIt(() => ingest(store, [corpus]));
  const stats = await store.stats();
  await store.close();
  const result = {
    documents: count,
    seconds,
    docsPerS: count / seconds,
    rerunSeconds: secondsAgain,
    storeMB: dirBytes(data) / 1e6,
    added: first.added,
    unchangedOnRerun: again.unchanged,
    failed: first.failures.length + again.failures.length,
    stored: stats.documents,
  };
  rmSync(root, { recursive: true, force: true });
  return result;
}

const files = goldFiles();
const speed = await pipelineSpeed(files, 20);
console.log(
  `pipeline: ${speed.pipelineDocsPerS.toFixed(0)} docs/s (${speed.pipelineMBPerS.toFixed(2)} MB/s) vs bare read ` +
    `${speed.baselineDocsPerS.toFixed(0)} docs/s: ${speed.ratio.toFixed(2)}× the baseline's time (${speed.documents} docs, one core)`,
);
const cleaning = await cleaningCost(files, 20);
console.log(
  `cleaning: ${cleaning.msPerMB.toFixed(0)} ms per MB of text (${cleaning.mb.toFixed(1)} MB cleaned)`,
);
const layers = await layerSpeed(files, 10);
console.log(
  `linguistic layer: ${(layers.linguisticTokensPerS / 1e3).toFixed(0)}k tokens/s vs bare wink-nlp ` +
    `${(layers.bareWinkTokensPerS / 1e3).toFixed(0)}k tokens/s: ${layers.linguisticRatio.toFixed(2)}× its time (one core)`,
);
console.log(
  `stages after cleaning: ${layers.stagesDocsPerS.toFixed(0)} docs/s vs bare wink-nlp ${layers.bareWinkDocsPerS.toFixed(0)} docs/s: ` +
    `${layers.stagesRatio.toFixed(2)}× its time; by stage (s): ` +
    Object.entries(layers.secondsByStage)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(", "),
);
const growth = await scaling(files);
console.log(
  `growth: one ${growth.mb.toFixed(2)} MB document vs the same four times over, time ratio by stage: ` +
    Object.entries(growth.ratioByStage)
      .map(([k, v]) => `${k} ${v.toFixed(1)}×`)
      .join(", "),
);
const ing = await ingestThroughput(files, DOCS);
console.log(
  `ingest: ${ing.documents} documents in ${ing.seconds.toFixed(1)} s = ${ing.docsPerS.toFixed(0)} docs/s; ` +
    `re-run (all unchanged) ${ing.rerunSeconds.toFixed(1)} s; store ${ing.storeMB.toFixed(1)} MB; ` +
    `${ing.added} added, ${ing.unchangedOnRerun} unchanged on re-run, ${ing.failed} failed`,
);
console.log(JSON.stringify({ pipeline: speed, cleaning, layers, growth, ingest: ing }));
const serve = await benchServe();
console.log(describeServe(serve));
console.log(JSON.stringify({ serve }));
const link = linkBench();
console.log(describeLink(link));
console.log(JSON.stringify({ link }));

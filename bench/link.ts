// Linking cost at 1k, 10k and 100k documents: synthetic copies of the example readings (names, places and
// dates perturbed per story so stories stay apart; two or three spellings of each story so links exist),
// linked one document at a time. The growth ratio per tenfold should stay near 10 (near-linear).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CorpusLinker } from "../src/link/corpus.js";
import { defaultLinkKnowledge } from "../src/link/knowledge.js";
import type { Reading } from "../src/model/reading.js";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));

function seeds(): Reading[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(EXAMPLES, f), "utf8")) as Reading);
}

/**
 * A story's own spelling of a name: a letter code per story before it (each story has its own people,
 * groups and places), with a transliteration slip ("-ov"/"-ev", "j"/"zh") in every third copy.
 */
function rename(name: string, story: number, copy: number): string {
  const tag = story.toString(36).replace(/\d/gu, (d) => "bcdfghjklm"[Number(d)] as string);
  const base = `${tag}ov ${name}`;
  return copy === 1 ? base.replace(/^(\p{L}+)ov /u, "$1ev ").replace(/j/gu, "zh") : base;
}

/** A story's own date: its year, month and day moved by the story's number; partial dates stay partial. */
function shiftDate(value: string | null | undefined, story: number): string | null {
  if (!value) return value ?? null;
  const [year, month, day] = value.split("-");
  const y = year === "XXXX" ? year : String(1900 + (story % 120));
  const m = month === undefined ? "" : `-${String(1 + ((Number(month) + story) % 12)).padStart(2, "0")}`;
  const d = day === undefined ? "" : `-${String(1 + ((Number(day) + story) % 28)).padStart(2, "0")}`;
  return `${y}${m}${d}`;
}

/** Copy `copy` of story `story`, made from one seed reading. */
export function syntheticReading(seed: Reading, story: number, copy: number): Reading {
  const n = (s: string) => rename(s, story, copy);
  return {
    ...seed,
    id: `s${story}c${copy}`,
    entities: seed.entities.map((e) => ({ ...e, name: n(e.name), mentions: e.mentions.map(n) })),
    events: seed.events.map((e) => ({
      ...e,
      affiliation: e.affiliation ? n(e.affiliation) : null,
      places: e.places.map((p) => ({ ...p, name: n(p.name) })),
      date: e.date ? { ...e.date, value: shiftDate(e.date.value, story) } : null,
    })),
    figures: seed.figures.map((f) => ({ ...f, subject: f.subject ? n(f.subject) : null })),
  };
}

export interface LinkBenchRow {
  documents: number;
  seconds: number;
  msPerDocument: number;
  groups: { events: number; figures: number; entities: number };
}

/** Links `size` synthetic documents one at a time; returns the time (knowledge loading excluded). */
export function linkCost(size: number): LinkBenchRow {
  const base = seeds();
  const linker = new CorpusLinker(defaultLinkKnowledge());
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < size; i++) {
    const story = Math.floor(i / 3);
    linker.add(`s${story}c${i % 3}`, syntheticReading(base[story % base.length] as Reading, story, i % 3));
  }
  const links = linker.links();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    documents: size,
    seconds,
    msPerDocument: (seconds * 1000) / size,
    groups: { events: links.events.length, figures: links.figures.length, entities: links.entities.length },
  };
}

/** Runs the sizes and reports each tenfold's time ratio (10 = linear). */
export function linkBench(sizes: readonly number[] = [1_000, 10_000, 100_000]) {
  const rows = sizes.map(linkCost);
  const growth = rows.slice(1).map((r, i) => r.seconds / (rows[i] as LinkBenchRow).seconds);
  return { rows, growth };
}

/** The report lines: time per size, then the growth per tenfold. */
export function describeLink({ rows, growth }: ReturnType<typeof linkBench>): string {
  const lines = rows.map(
    (r) =>
      `link: ${r.documents} documents in ${r.seconds.toFixed(2)} s (${r.msPerDocument.toFixed(3)} ms/doc); ` +
      `groups: ${r.groups.events} events, ${r.groups.figures} figures, ${r.groups.entities} entities`,
  );
  lines.push(`link growth per tenfold: ${growth.map((g) => `${g.toFixed(1)}×`).join(", ")} (10× is linear)`);
  return lines.join("\n");
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .find((a) => a.startsWith("--sizes="))
    ?.slice(8)
    .split(",")
    .map(Number);
  console.log(describeLink(linkBench(sizes)));
}

// Loads a gold set (GUIDELINES.md): <id>.gold.json beside <id>.txt|.html, plus links.json, as score.py reads it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { AttestError, asAttestError } from "../errors.js";
import { Links, Reading } from "../model/reading.js";
import { low } from "./text.js";

/** A gold reading as written in its file (validated, without schema defaults filled in). */
export type GoldReading = z.input<typeof Reading>;

export interface GoldSet {
  readonly dir: string;
  /** Document ids in score.py's order: the gold file names sorted by code point. */
  readonly ids: readonly string[];
  readonly readings: ReadonlyMap<string, GoldReading>;
  /** Each document's text as `low(file text)`: quotes folded, whitespace collapsed, lower-cased. */
  readonly texts: ReadonlyMap<string, string>;
  readonly links: Links;
}

const GOLD_SUFFIX = ".gold.json";
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Python's `errors="replace"`: each maximal invalid subsequence becomes one U+FFFD; a BOM is kept. */
const lenientUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Reads the gold set in `dir`; throws AttestError E_GOLD naming the file at fault. */
export function loadGold(dir: string): GoldSet {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AttestError("E_GOLD", "gold directory not found (expected <id>.gold.json files)", dir);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .sort(byCodePoint);
  if (files.length === 0) throw new AttestError("E_GOLD", "no <id>.gold.json file in the directory", dir);
  const readings = new Map<string, GoldReading>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const id = file.slice(0, -GOLD_SUFFIX.length);
    readings.set(id, readGoldFile(join(dir, file)));
    texts.set(id, low(lenientUtf8.decode(readBytes(documentPath(dir, id, file)))));
  }
  return { dir, ids: [...readings.keys()], readings, texts, links: readGoldLinks(dir) };
}

/** The document beside a gold file; score.py reads .txt then .html, so .html wins when both exist. */
function documentPath(dir: string, id: string, goldFile: string): string {
  for (const ext of [".html", ".txt"]) {
    const path = join(dir, id + ext);
    if (existsSync(path)) return path;
  }
  throw new AttestError("E_GOLD", `no ${id}.txt or ${id}.html beside it`, join(dir, goldFile));
}

function readGoldFile(path: string): GoldReading {
  const raw = readJson(path);
  const parsed = Reading.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the file";
    throw new AttestError("E_GOLD", `not a reading (GUIDELINES.md): ${where}: ${issue?.message}`, path);
  }
  return raw as GoldReading; // scored as written, without the defaults zod fills in, as score.py does
}

function readGoldLinks(dir: string): Links {
  const path = join(dir, "links.json");
  if (!existsSync(path)) return { events: [], figures: [], entities: [] };
  const parsed = Links.safeParse(readJson(path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AttestError("E_GOLD", `not a links file: ${issue?.path.join(".")}: ${issue?.message}`, path);
  }
  return parsed.data;
}

function readJson(path: string): unknown {
  const bytes = readBytes(path);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (err) {
    throw new AttestError("E_GOLD", "not valid UTF-8", path, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AttestError("E_GOLD", `invalid JSON: ${(err as Error).message}`, path, { cause: err });
  }
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw asAttestError(err, path, "E_GOLD");
  }
}

/** Python's string order (by code point), which differs from JavaScript's (by UTF-16 unit) above U+FFFF. */
export function byCodePoint(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = (ca[i]?.codePointAt(0) ?? 0) - (cb[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

// Loads system readings as score.py's load_system does: a JSONL file or a directory of <id>.json (+ links.json).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AttestError, asAttestError } from "../errors.js";
import { Links } from "../model/reading.js";
import { isDict, pyStr } from "./pyjson.js";
import { isBlank } from "./text.js";

export interface SystemReadings {
  /** Readings by the id they were given (file name or `id`), before base-name keying. */
  readonly readings: Map<string, unknown>;
  readonly links: Links;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads `path`: a directory of `<id>.json` readings (+ links.json), or a JSONL file of readings. */
export function loadSystem(path: string): SystemReadings {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (err) {
    throw asAttestError(err, path);
  }
  return isDir ? loadDirectory(path) : loadJsonLines(path);
}

function loadDirectory(dir: string): SystemReadings {
  const readings = new Map<string, unknown>();
  let links: Links = { events: [], figures: [], entities: [] };
  for (const f of readdirSync(dir)) {
    if (f === "links.json") links = parseLinks(readJsonFile(join(dir, f)), join(dir, f));
    else if (f.endsWith(".json")) readings.set(f.slice(0, -5), readJsonFile(join(dir, f)));
  }
  return { readings, links };
}

/** One reading per line carrying "id"; a line `{"links": {...}}` without "id" gives the links. */
function loadJsonLines(path: string): SystemReadings {
  const readings = new Map<string, unknown>();
  let links: Links = { events: [], figures: [], entities: [] };
  // Python's text mode splits lines at \n, \r\n and \r (universal newlines), nowhere else.
  decode(readBytes(path), path)
    .split(/\r\n|\r|\n/)
    .forEach((line, n) => {
      if (isBlank(line)) return; // `line.strip()` is empty
      const r = parseJson(line, `${path}:${n + 1}`);
      if (!isDict(r))
        throw new AttestError("E_READING_INVALID", "a line must be a JSON object", `${path}:${n + 1}`);
      if (Object.hasOwn(r, "links") && !Object.hasOwn(r, "id"))
        links = parseLinks(r.links, `${path}:${n + 1}`);
      else if (Object.hasOwn(r, "id")) readings.set(pyStr(r.id), r);
      else throw new AttestError("E_READING_INVALID", 'a reading line has no "id"', `${path}:${n + 1}`);
    });
  return { readings, links };
}

/**
 * score.py's keying: a reading may be keyed by a file name with extension, or a path. The base name
 * is kept, then .txt, .html and .json are each stripped once, in that order ("a.txt.json" stays "a.txt").
 */
export function keyReadings(
  readings: ReadonlyMap<string, unknown> | Record<string, unknown>,
): Map<string, unknown> {
  const entries = readings instanceof Map ? [...readings] : Object.entries(readings);
  const keyed = new Map<string, unknown>();
  for (const [key, reading] of entries) {
    let base = key.slice(key.lastIndexOf("/") + 1);
    for (const ext of [".txt", ".html", ".json"]) {
      if (base.endsWith(ext)) base = base.slice(0, -ext.length);
    }
    keyed.set(base, reading);
  }
  return keyed;
}

function parseLinks(raw: unknown, where: string): Links {
  const parsed = Links.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AttestError("E_READING_INVALID", `links: ${issue?.path.join(".")}: ${issue?.message}`, where);
}

function readJsonFile(path: string): unknown {
  return parseJson(decode(readBytes(path), path), path);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw asAttestError(err, path);
  }
}

function decode(bytes: Buffer, path: string): string {
  try {
    return utf8.decode(bytes);
  } catch (err) {
    throw new AttestError("E_BAD_UTF8", undefined, path, { cause: err });
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AttestError("E_READING_INVALID", `invalid JSON: ${(err as Error).message}`, where, {
      cause: err,
    });
  }
}

// From files to readings: read each file, run the pipeline, keep going past bad files.
import { AttestError, asAttestError } from "./errors.js";
import type { Document } from "./model/document.js";
import { type AttestReading, toReading } from "./model/to-reading.js";
import { buildPipeline, type Pipeline, runPipeline } from "./pipeline.js";
import { type ReadOptions, readDocument } from "./read/read.js";
import { walkPaths } from "./read/walk.js";
import { loadResources, type Resources } from "./resources/resources.js";

export interface AnalyseOptions extends ReadOptions {
  pipeline?: Pipeline;
  resources?: Resources;
}

export interface Analysed {
  readonly path: string;
  readonly doc: Document;
  readonly reading: AttestReading;
}

export interface Failure {
  readonly path: string;
  readonly error: AttestError;
}

export type AnalyseResult = Analysed | Failure;

export function isFailure(r: AnalyseResult): r is Failure {
  return "error" in r;
}

/** Prepares the pipeline and resources once, for many files. */
export function prepare(
  options: AnalyseOptions = {},
): Required<Pick<AnalyseOptions, "pipeline" | "resources">> {
  return { pipeline: options.pipeline ?? buildPipeline(), resources: options.resources ?? loadResources() };
}

/** Reads one file and runs the pipeline over it. Throws AttestError. */
export async function analyseFile(path: string, options: AnalyseOptions = {}): Promise<Analysed> {
  return analyseDocument(await readDocument(path, options), options);
}

/** Runs the pipeline over a document that has been read. Throws AttestError. */
export function analyseDocument(read: Document, options: AnalyseOptions = {}): Analysed {
  const { pipeline, resources } = prepare(options);
  try {
    const doc = runPipeline(pipeline, read, resources);
    return { path: read.source.path, doc, reading: toReading(doc, { ...pipeline.versions }) };
  } catch (err) {
    throw asAttestError(err, read.source.path, "E_READ");
  }
}

/** Every document file under `paths` (files and directories), analysed one by one, failures included. */
export async function* analysePaths(
  paths: readonly string[],
  options: AnalyseOptions = {},
): AsyncGenerator<AnalyseResult> {
  const ready = { ...options, ...prepare(options) };
  for await (const item of walkPaths([...paths])) {
    if ("error" in item) {
      yield { path: item.error.file ?? "", error: item.error };
      continue;
    }
    try {
      yield await analyseFile(item.path, ready);
    } catch (err) {
      yield { path: item.path, error: asAttestError(err, item.path) };
    }
  }
}

export { AttestError };

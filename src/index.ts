// The public library surface: `import { read } from "attest"`.
import { type AnalyseOptions, analyseFile } from "./analyse.js";
import type { AttestReading } from "./model/to-reading.js";

export { type AnalyseOptions, type AnalyseResult, analyseFile, analysePaths, isFailure } from "./analyse.js";
export { AttestError, ERRORS, type ErrorCode } from "./errors.js";
export { linkReadings } from "./link/link.js";
export type { Document, LayerName, Layers, SourceInfo, Zone } from "./model/document.js";
export { OffsetMap } from "./model/offsets.js";
export * from "./model/reading.js";
export type { Span } from "./model/span.js";
export { type AttestReading, toReading } from "./model/to-reading.js";
export { buildPipeline, DEFAULT_STAGES, type Pipeline, runPipeline } from "./pipeline.js";
export { readDocument } from "./read/read.js";
export { loadResources, type Resources } from "./resources/resources.js";
export type { Stage } from "./stages/stage.js";
export { openStore } from "./store/index.js";
export type { Store } from "./store/store.js";

/** Reads one document file and returns its reading. */
export async function read(path: string, options: AnalyseOptions = {}): Promise<AttestReading> {
  return (await analyseFile(path, options)).reading;
}

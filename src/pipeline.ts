// The composition of stages, in one place: their order is checked when the pipeline is built.
import { AttestError } from "./errors.js";
import type { Document, LayerName } from "./model/document.js";
import { withLayer } from "./model/document.js";
import type { Resources } from "./resources/resources.js";
import { attribution } from "./stages/attribution/attribution.js";
import { clean } from "./stages/clean/clean.js";
import { entities } from "./stages/entities/entities.js";
import { events } from "./stages/events/events.js";
import { figures } from "./stages/figures/figures.js";
import { places } from "./stages/places/places.js";
import { quantities } from "./stages/quantities/quantities.js";
import { sentences } from "./stages/sentences/sentences.js";
import type { Stage } from "./stages/stage.js";
import { time } from "./stages/time/time.js";

/** The per-document stages after `read`, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  clean,
  sentences,
  time,
  quantities,
  places,
  entities,
  attribution,
  events,
  figures,
];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Stage name → version: recorded in every reading the pipeline makes. */
  readonly versions: Readonly<Record<string, string>>;
}

/** Checks that every stage's requirements are provided by an earlier stage, once, at start-up. */
export function buildPipeline(stages: readonly Stage[] = DEFAULT_STAGES): Pipeline {
  const provided = new Set<LayerName>();
  const versions: Record<string, string> = {};
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !provided.has(layer));
    if (missing.length) {
      throw new AttestError(
        "E_PIPELINE_ORDER",
        `stage "${stage.name}" requires ${missing.join(", ")}, which no earlier stage provides`,
      );
    }
    if (provided.has(stage.provides)) {
      throw new AttestError("E_PIPELINE_ORDER", `layer "${stage.provides}" is provided twice`);
    }
    provided.add(stage.provides);
    versions[stage.name] = stage.version;
  }
  return { stages, versions };
}

/** Runs every stage over a document; returns the document with all their layers. */
export function runPipeline(pipeline: Pipeline, doc: Document, resources: Resources): Document {
  let out = doc;
  for (const stage of pipeline.stages) out = withLayer(out, stage.provides, stage.run(out, resources));
  return out;
}

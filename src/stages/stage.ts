// The shape of a pipeline stage: a pure function from a Document to one new layer.
import type { Document, LayerName, Layers } from "../model/document.js";
import type { Resources } from "../resources/resources.js";

export interface Stage<K extends LayerName = LayerName> {
  /** The stage's name, as listed in a reading's provenance. */
  readonly name: string;
  /** Bumped whenever the stage's output can change for the same input. */
  readonly version: string;
  /** Layers that must exist before this stage runs. */
  readonly requires: readonly LayerName[];
  /** The one layer this stage adds. */
  readonly provides: K;
  /** Pure: reads no files, clock or network; everything it knows comes in `resources`. */
  run(doc: Document, resources: Resources): Layers[K];
}

/** Declares a stage with its types checked (the identity at run time). */
export function defineStage<K extends LayerName>(stage: Stage<K>): Stage<K> {
  return stage;
}

type ListLayer = { [K in LayerName]: Layers[K] extends readonly unknown[] ? K : never }[LayerName];

/** A first-version stage that adds an empty list layer, so a reading is complete in shape. */
export function emptyStage<K extends ListLayer>(
  name: string,
  provides: K,
  requires: readonly LayerName[],
): Stage<K> {
  return { name, version: "0.0.0", requires, provides, run: () => [] as unknown as Layers[K] };
}

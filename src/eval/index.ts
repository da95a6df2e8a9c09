// The evaluation surface: score readings against a gold set with the exact numbers of gold/score.py.
import type { Links } from "../model/reading.js";
import { loadGold } from "./gold.js";
import type { ScoreReport } from "./report.js";
import { score } from "./score.js";
import { loadSystem } from "./system.js";

export { byCodePoint, type GoldReading, type GoldSet, loadGold } from "./gold.js";
export { pyFixed, pyFloatRepr, pyRound } from "./numbers.js";
export {
  type Accuracy,
  EVENT_FIELDS,
  FIGURE_FIELDS,
  formatReport,
  LINK_KINDS,
  META_FIELDS,
  type Prf,
  type ScoreReport,
} from "./report.js";
export { score } from "./score.js";
export { keyReadings, loadSystem, type SystemReadings } from "./system.js";
export { low, norm, tokF1, toks } from "./text.js";

/** Loads the gold set in `goldDir` and scores `readings` (by document id, file name or path) and `links`. */
export function evaluateReadings(
  goldDir: string,
  readings: ReadonlyMap<string, unknown> | Record<string, unknown>,
  links?: Partial<Links>,
): ScoreReport {
  return score(loadGold(goldDir), readings, links);
}

/** `score.py GOLD_DIR SYSTEM`: scores a JSONL file or a directory of `<id>.json` readings. */
export function evaluateSystem(goldDir: string, systemPath: string): ScoreReport {
  const gold = loadGold(goldDir);
  const system = loadSystem(systemPath);
  return score(gold, system.readings, system.links);
}

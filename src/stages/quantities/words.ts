// Word helpers of the quantities stage beside the shared ones of ../words.ts.
import { matchesAt, type Phrase, type Word } from "../words.js";

export { matchesAt, toWord, type Word } from "../words.js";

/** True when `p` is spelled by the words ending just before `end`. */
export function matchesBefore(ws: readonly Word[], end: number, p: Phrase): boolean {
  return matchesAt(ws, end - p.length, p);
}

/** True when nothing separates word `i` from the next one ("35" "–" "40"). */
export function joined(ws: readonly Word[], i: number): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  return !!a && !!b && a.end === b.start;
}

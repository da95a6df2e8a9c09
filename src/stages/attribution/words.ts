// Word helpers of the attribution stage beside the shared ones of ../words.ts.
import { matchesAt, type Phrase, type Word } from "../words.js";

export { matchesAt, toWord, type Word } from "../words.js";

/** The first phrase of `ps` spelled at `i`, or undefined. */
export function phraseAt(ws: readonly Word[], i: number, ps: readonly Phrase[]): Phrase | undefined {
  return ps.find((p) => matchesAt(ws, i, p));
}

export const OPENING_QUOTES = new Set(['"', "“", "«", "„", "‘"]);
export const CLOSING_QUOTES = new Set(['"', "”", "»", "“", "’"]);

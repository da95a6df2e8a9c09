// Evidence matching of the reference scorer: positions of a span in the text, overlap, greedy one-to-one pairing.
import { asDict, type Dict, get, pyEq, pyList, truthy } from "./pyjson.js";
import { low, tokF1 } from "./text.js";

/** A document's text as score.py holds it (`low` of the file), with code-point offsets when needed. */
export interface DocText {
  readonly text: string;
  /** Code points before each UTF-16 offset, when the text has astral characters; else null. */
  readonly codePoints: Uint32Array | null;
}

/** Prepares `text` (already `low`-normalised) so that positions count code points, as Python's do. */
export function docText(text: string): DocText {
  if (!/[\ud800-\udfff]/.test(text)) return { text, codePoints: null };
  const cp = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = n;
    const unit = text.charCodeAt(i);
    const continues = unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    if (!continues) n++;
  }
  cp[text.length] = n;
  return { text, codePoints: cp };
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** `spans(text, s)`: every (start, end) of `low(s)` in the text, overlapping occurrences included. */
export function spans(doc: DocText, s: unknown): Array<[number, number]> {
  const needle = low(s);
  const out: Array<[number, number]> = [];
  if (needle === "") return out;
  const cp = doc.codePoints;
  for (let i = doc.text.indexOf(needle); i >= 0; i = doc.text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    out.push(cp ? [cp[i] ?? 0, cp[end] ?? 0] : [i, end]);
  }
  return out;
}

/**
 * `overlap(text, a, b)`: when both spans occur in the text, the best character overlap of their
 * positions over the shorter one (0 when no occurrences overlap); otherwise their token F1 if >= 0.5.
 */
export function overlap(doc: DocText, a: unknown, b: unknown): number {
  const pa = spans(doc, a);
  const pb = spans(doc, b);
  if (pa.length > 0 && pb.length > 0) {
    let best = 0.0;
    for (const [a0, a1] of pa) {
      for (const [b0, b1] of pb) {
        const inter = Math.min(a1, b1) - Math.max(a0, b0);
        if (inter > 0) best = Math.max(best, inter / Math.min(a1 - a0, b1 - b0));
      }
    }
    return best;
  }
  const f = tokF1(a, b);
  return f >= 0.5 ? f : 0.0;
}

/** `ev_spans(e)`: the evidence, then every `also` span. */
export function evSpans(e: Dict): unknown[] {
  const evidence = get(e, "evidence");
  return [truthy(evidence) ? evidence : "", ...pyList(get(e, "also"), "also")];
}

/**
 * `match(...)`: greedy one-to-one pairs (gold index, system index) on the best evidence overlap.
 * Candidates are taken in the order of Python's `sort(reverse=True)` on (overlap, gi, si): on equal
 * overlap the larger gold index first, then the larger system index.
 */
export function matchItems(
  doc: DocText,
  gold: Dict[],
  system: unknown[],
  sameType: boolean,
): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => {
    system.forEach((item, si) => {
      const s = asDict(item, "an event or figure");
      if (sameType && !pyEq(get(g, "type"), get(s, "type"))) return;
      const o = bestOverlap(doc, evSpans(g), evSpans(s));
      if (o > 0) cands.push([o, gi, si]);
    });
  });
  cands.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, gi, si] of cands) {
    if (usedGold.has(gi) || usedSystem.has(si)) continue;
    usedGold.add(gi);
    usedSystem.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

function bestOverlap(doc: DocText, goldSpans: unknown[], systemSpans: unknown[]): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const ge of goldSpans) {
    for (const se of systemSpans) best = Math.max(best, overlap(doc, ge, se));
  }
  return best;
}

// Decides the zone of every line of a plain text from general cues: vocabulary, shape, repetition, position.
import type { ZoneKind } from "../../model/document.js";
import type { Boilerplate } from "../../resources/resources.js";
import { isLabel, isNameLine, isTitleCase, type Line, wordCount } from "./lines.js";

export interface Cue {
  readonly kind: ZoneKind;
  readonly reason: string;
  /** The line starts a section that runs to the end of the page (comments, author box, footer). */
  readonly opens?: boolean;
}

export interface Zoning {
  readonly cues: (Cue | null)[];
  readonly title: string | null;
  /** The part after a separator in the title line ("Headline | Site Name"). */
  readonly titleSite: string | null;
  /** Index of the title line, or -1. */
  readonly titleIndex: number;
  readonly author: string | null;
}

const MAX_TITLE_LENGTH = 200;
const FURNITURE_MAX_LENGTH = 400;
const TITLE_SEPARATOR = /^(.{10,}?)\s+[|–—-]\s+([^|–—-]{2,60})$/u;

/** Zones every line; `null` cues are left for the body. */
export function zoneLines(lines: readonly Line[], bp: Boilerplate): Zoning {
  const cues: (Cue | null)[] = lines.map((l) => furnitureCue(l.text, bp));
  markRepeats(lines, cues);
  const title = findTitle(lines, cues, bp.bylines);
  const author = markBylines(lines, cues, bp, title.index);
  markBeforeTitle(lines, cues, title.index);
  const bioAuthor = markBios(lines, cues, bp, author);
  markFurnitureBlocks(lines, cues);
  markSections(lines, cues);
  markTailPrompts(lines, cues, bp);
  markTailTeasers(lines, cues);
  return {
    cues,
    title: title.text,
    titleSite: title.site,
    titleIndex: title.index,
    author: author ?? bioAuthor,
  };
}

function furnitureCue(text: string, bp: Boilerplate): Cue | null {
  if (text.length > FURNITURE_MAX_LENGTH) return null;
  for (const f of bp.lines)
    if (f.pattern.test(text)) return { kind: f.kind, reason: `${f.kind} vocabulary`, opens: f.opens };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: "navigation", reason: "no words: a rule or symbol line" };
  return null;
}

/** The same line twice in a row (a caption under a photo and again in the gallery): both are captions. */
function markRepeats(lines: readonly Line[], cues: (Cue | null)[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as Line;
    const b = lines[i + 1] as Line;
    if (a.text !== b.text || wordCount(a.text) < 2 || cues[i]) continue;
    const cue: Cue = { kind: "caption", reason: "a line repeated right after itself: a photo caption" };
    cues[i] = cue;
    cues[i + 1] = cue;
  }
}

function findTitle(
  lines: readonly Line[],
  cues: (Cue | null)[],
  bylines: readonly RegExp[],
): { index: number; text: string | null; site: string | null } {
  const none = { index: -1, text: null, site: null };
  for (let i = 0; i < Math.min(lines.length - 1, 12); i++) {
    const line = lines[i] as Line;
    if (cues[i]) continue;
    if (!isTitleShape(line, lines[i + 1]) || besideFurniture(lines, cues, i)) {
      if (wordCount(line.text) > 12) return none;
      continue;
    }
    const sep = TITLE_SEPARATOR.exec(line.text);
    let text = sep ? (sep[1] as string) : line.text;
    cues[i] = {
      kind: "title",
      reason: sep
        ? "headline line with a site name after a separator"
        : "headline: near the top, short, no final stop",
    };
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++)
      if ((lines[k] as Line).text === text && !cues[k])
        cues[k] = { kind: "title", reason: "the headline repeated" };
    const next = lines[i + 1];
    const continues =
      next && !cues[i + 1] && isTitleCase(line.text) && isTitleCase(next.text) && isLabel(next.text, 14);
    if (
      next &&
      continues &&
      !besideFurniture(lines, cues, i + 1) &&
      !bylines.some((re) => re.test(next.text))
    ) {
      cues[i + 1] = { kind: "title", reason: "headline continued on the next line" };
      text = `${text} ${next.text}`;
    }
    return { index: i, text, site: sep ? (sep[2] as string).trim() : null };
  }
  return none;
}

/** A line in the same paragraph as a menu item is part of the menu, not the headline. */
function besideFurniture(lines: readonly Line[], cues: readonly (Cue | null)[], i: number): boolean {
  const line = lines[i] as Line;
  return (!line.blankBefore && !!cues[i - 1]) || (!line.blankAfter && !!cues[i + 1]);
}

/** A headline stands alone: short, no final stop, at least three words, not a sentence wrapped onto the next line. */
function isTitleShape(line: Line, next: Line | undefined): boolean {
  const t = line.text;
  if (t.length > MAX_TITLE_LENGTH || /[.!?:;,]["”’]?$/u.test(t) || wordCount(t) < 3) return false;
  if (line.blankAfter) return true;
  return !!next && /^[\p{Lu}\d"“‘'(]/u.test(next.text) && isTitleCase(t);
}

/** Short lines before the headline are page furniture (menus, section names, site name). */
function markBeforeTitle(lines: readonly Line[], cues: (Cue | null)[], titleIndex: number): void {
  const end = titleIndex >= 0 ? titleIndex : leadingLabelRun(lines, cues);
  for (let i = 0; i < end; i++)
    if (!cues[i] && isLabel((lines[i] as Line).text))
      cues[i] = { kind: "navigation", reason: "a short line before the headline" };
}

/** Without a headline: a run of two or more short label lines at the very top is navigation. */
function leadingLabelRun(lines: readonly Line[], cues: (Cue | null)[]): number {
  let i = 0;
  while (i < lines.length && (cues[i] || isLabel((lines[i] as Line).text, 5))) i++;
  return i >= 2 && i < lines.length ? i : 0;
}

function markBylines(
  lines: readonly Line[],
  cues: (Cue | null)[],
  bp: Boilerplate,
  titleIndex: number,
): string | null {
  let author: string | null = null;
  const from = Math.max(0, titleIndex);
  lines.forEach((line, i) => {
    if (cues[i] || wordCount(line.text) > 8) return;
    const near = i <= from + 4 || i >= lines.length - 6;
    if (!near) return;
    for (const re of bp.bylines) {
      const m = re.exec(line.text);
      if (!m) continue;
      cues[i] = { kind: "byline", reason: "byline shape" };
      author ??= (m[1] as string).trim();
      return;
    }
    for (const re of bp.datelines)
      if (re.test(line.text)) cues[i] = { kind: "dateline", reason: "a Published/Posted line" };
  });
  return author;
}

/** "X has worked for…": an author biography; it runs to the end of the page. A lone name line above it is the byline. */
function markBios(
  lines: readonly Line[],
  cues: (Cue | null)[],
  bp: Boilerplate,
  author: string | null,
): string | null {
  const from = Math.floor(lines.length / 2);
  for (let i = Math.max(1, from); i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    const m = /^((?:\p{Lu}[\p{L}.'-]*\s){1,4})(.*)$/u.exec(t);
    if (cues[i] || !m) continue;
    const rest = (m[2] as string).toLowerCase();
    if (!bp.bioStarts.some((s) => rest.startsWith(s))) continue;
    const name = (m[1] as string).trim();
    const prev = (lines[i - 1] as Line).text;
    const nameAbove = isNameLine(prev) && prev.split(" ").some((w) => name.includes(w));
    const isAuthor = !!author && author.split(" ").some((w) => name.includes(w));
    if (!nameAbove && !isAuthor && i < lines.length - 3) continue;
    cues[i] = { kind: "bio", reason: "author biography: a name followed by a career phrase", opens: true };
    if (nameAbove && !cues[i - 1])
      cues[i - 1] = { kind: "byline", reason: "a lone name above the author biography" };
    return nameAbove ? prev : null;
  }
  return null;
}

/** A short line in the same paragraph as page furniture (a video title above "please wait") is furniture too. */
function markFurnitureBlocks(lines: readonly Line[], cues: (Cue | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (cues[i] || !isLabel(line.text)) continue;
    const near = (!line.blankAfter && cues[i + 1]) || (!line.blankBefore && cues[i - 1]);
    if (near && near.kind !== "title" && near.kind !== "body")
      cues[i] = { kind: near.kind, reason: "a short line in a block of page furniture" };
  }
}

/** A section marker after the middle of the page (comments, author box, footer) claims the lines after it. */
function markSections(lines: readonly Line[], cues: (Cue | null)[]): void {
  let open: Cue | null = null;
  const half = Math.floor(lines.length / 2);
  for (let i = 0; i < lines.length; i++) {
    const cue = cues[i];
    if (cue?.opens && i >= half) open = { kind: cue.kind, reason: `after a ${cue.kind} marker` };
    else if (!cue && open) cues[i] = open;
  }
}

/** From the end back: paragraphs that address the reader ("If you…", "click here") are prompts, not narrative. */
function markTailPrompts(lines: readonly Line[], cues: (Cue | null)[], bp: Boilerplate): void {
  for (let i = lines.length - 1; i > 0; i--) {
    const cue = cues[i];
    if (cue && cue.kind !== "body") continue;
    const t = (lines[i] as Line).text;
    const low = t.toLowerCase();
    const starts = low.split(/(?<=[.!?])\s+/u);
    const addresses =
      bp.readerAddress.some((p) => low.includes(p)) ||
      starts.some((s) => bp.readerAddressStarts.some((p) => s.startsWith(p)));
    if (/^["“‘«]/u.test(t) || !addresses) return;
    cues[i] = { kind: "prompt", reason: "addresses the reader, at the end of the page" };
  }
}

const ENDS_SENTENCE = /[.!?…"”’»)\]]$/u;

/**
 * At the end of a saved page, teasers of related articles: a headline (a short line with no
 * closing stop) followed by the first words of its article, cut off mid-sentence. Both go.
 */
function markTailTeasers(lines: readonly Line[], cues: (Cue | null)[]): void {
  let i = lines.length - 1;
  while (i > 0 && cues[i] && cues[i]?.kind !== "body") i--;
  while (i > 1) {
    const lede = lines[i] as Line;
    const head = lines[i - 1] as Line;
    if (cues[i] || cues[i - 1]) return;
    const cutOff = !ENDS_SENTENCE.test(lede.text) && wordCount(lede.text) >= 8;
    const headline =
      !ENDS_SENTENCE.test(head.text) && wordCount(head.text) <= 15 && wordCount(head.text) >= 3;
    if (!cutOff || !headline) return;
    const cue: Cue = {
      kind: "navigation",
      reason: "a related article's headline and cut-off lede, at the end of the page",
    };
    cues[i] = cue;
    cues[i - 1] = cue;
    i -= 2;
  }
}

/**
 * An outlet's note about itself ("RFE/RL has been declared an undesirable organization…"): a
 * one-sentence paragraph that opens with an outlet's name, right before the reader notice at the
 * end of the page. Narrative that cites an outlet comes with a verb of saying and is kept.
 */
export function markOutletNotice(
  lines: readonly Line[],
  cues: (Cue | null)[],
  outletNames: readonly string[],
): void {
  const firstPrompt = cues.findIndex(
    (c, i) => c?.kind === "prompt" && cues.slice(i).every((x) => x && x.kind !== "body"),
  );
  if (firstPrompt <= 0) return;
  const i = firstPrompt - 1;
  const text = (lines[i] as Line).text;
  if (cues[i] || text.length > 200 || /[.!?]\s+\p{Lu}/u.test(text)) return;
  const opens = outletNames.some(
    (n) =>
      text.startsWith(`${n} `) &&
      /^(?:has|is|was|had)\b(?! (?:learned|learnt|reported|seen|said|confirmed|obtained|been told)\b)/u.test(
        text.slice(n.length + 1),
      ),
  );
  if (opens) cues[i] = { kind: "footer", reason: "the outlet's note about itself, before the reader notice" };
}

// Who states a figure when attribution alone does not say: the person a description of a speaker
// ("the Interior Ministry official") refers to, and the one who published a list.
import type { EntityAnnotation } from "../../model/document.js";
import type { Span } from "../../model/span.js";

/** Role words two descriptions must share to name one person ("interior ministry", "prime minister"). */
const SHARED_WORDS = 2;

/** The words of a description that can name a role: four letters or more, without "'s". */
function roleWords(s: string): Set<string> {
  const words =
    s
      .toLowerCase()
      .replace(/['’]s\b/gu, "")
      .match(/\p{L}{4,}/gu) ?? [];
  return new Set(words);
}

/**
 * The name of the person a definite description of a speaker refers to: the person mentioned
 * before `at` whose role shares the most role words with it (at least two), the latest one on a
 * tie; null when the source is not a description or no person's role fits.
 */
export function describedPerson(
  source: string,
  at: number,
  entities: readonly EntityAnnotation[],
): string | null {
  if (!/^the\s/iu.test(source)) return null;
  const lower = source.toLowerCase();
  // "the Kyrgyz Interior Ministry" names a body, not a person
  if (entities.some((e) => e.mentions.some((m) => endsWithWords(lower, m.toLowerCase())))) return null;
  const words = roleWords(source);
  let best: { name: string; shared: number; last: number } | null = null;
  for (const e of entities) {
    if (e.type !== "person" || !e.role) continue;
    if (e.mentions.some((m) => hasWords(lower, m.toLowerCase()))) return null;
    const last = Math.max(-1, ...e.spans.filter((s) => s.start < at).map((s) => s.start));
    if (last < 0) continue;
    const shared = [...roleWords(e.role)].filter((w) => words.has(w)).length;
    if (shared < SHARED_WORDS) continue;
    if (!best || shared > best.shared || (shared === best.shared && last > best.last))
      best = { name: e.name, shared, last };
  }
  return best?.name ?? null;
}

const PUBLISHERS: ReadonlySet<string> = new Set(["person", "organization", "government_body", "media"]);

/**
 * Who gives a list's size in the author's voice: the person or body the sentence opens with
 * ("Aida Sultanova, a lawyer, published the names of 27 people"); null when it opens otherwise.
 */
export function listPublisher(
  text: string,
  sentence: Span,
  entities: readonly EntityAnnotation[],
): string | null {
  const start = sentence.start + (/^[\s"“'‘]*/u.exec(text.slice(sentence.start))?.[0].length ?? 0);
  for (const e of entities) {
    if (!PUBLISHERS.has(e.type)) continue;
    const opening = e.spans.find((s) => s.start === start);
    if (opening) return text.slice(opening.start, opening.end);
  }
  return null;
}

/** Does `text` hold `words` as whole words ("IS" is not the "is" of "Tunis")? */
function hasWords(text: string, words: string): boolean {
  return ` ${text} `
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .includes(` ${words.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `);
}

/** Does `text` end with `words` as whole words? */
function endsWithWords(text: string, words: string): boolean {
  return ` ${text}`
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trimEnd()
    .endsWith(` ${words.replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`);
}

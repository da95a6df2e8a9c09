// A figure's speaker named by a description ("the Interior Ministry official") is the person named
// before with a role that says the same ("Rafik Mambetaliev, head of the Interior Ministry's…").
import type { EntityAnnotation } from "../../model/document.js";

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
  if (entities.some((e) => e.mentions.some((m) => lower.endsWith(m.toLowerCase())))) return null;
  const words = roleWords(source);
  let best: { name: string; shared: number; last: number } | null = null;
  for (const e of entities) {
    if (e.type !== "person" || !e.role) continue;
    if (e.mentions.some((m) => lower.includes(m.toLowerCase()))) return null;
    const last = Math.max(-1, ...e.spans.filter((s) => s.start < at).map((s) => s.start));
    if (last < 0) continue;
    const shared = [...roleWords(e.role)].filter((w) => words.has(w)).length;
    if (shared < SHARED_WORDS) continue;
    if (!best || shared > best.shared || (shared === best.shared && last > best.last))
      best = { name: e.name, shared, last };
  }
  return best?.name ?? null;
}

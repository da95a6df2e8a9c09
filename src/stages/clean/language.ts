// The language of the body: franc's guess among the languages kept in data/kb/languages.json, as ISO 639-1.
import { franc } from "franc";
import type { Languages } from "../../resources/resources.js";

const SAMPLE_LENGTH = 4000;

/** ISO 639-1 code of `body`, or null when it is too short or not one of the known languages. */
export function detectLanguage(body: string, languages: Languages): string | null {
  const text = body.slice(0, SAMPLE_LENGTH);
  if (text.replace(/\s+/gu, " ").trim().length < languages.minLength) return null;
  const code = franc(text, { only: [...languages.iso6391.keys()], minLength: languages.minLength });
  return languages.iso6391.get(code) ?? null;
}

/** A reader's language hint ("en-GB", "ru") as ISO 639-1, or null. */
export function hintLanguage(hint: string | undefined): string | null {
  const m = /^([a-z]{2})(?:[-_].*)?$/iu.exec(hint?.trim() ?? "");
  return m ? (m[1] as string).toLowerCase() : null;
}

// Knowledge for the attribution (reporting verbs, source cues): loaded once from data/ and handed to stages in Resources.
// biome-ignore lint/complexity/noBannedTypes: filled in by its stage's issue
export type AttributionLexicon = {};

export function loadAttributionLexicon(_dataDir: string): AttributionLexicon {
  return {};
}

// Knowledge for the events and figures (triggers, roles, cues): loaded once from data/ and handed to stages in Resources.
// biome-ignore lint/complexity/noBannedTypes: filled in by its stage's issue
export type EventLexicon = {};

export function loadEventLexicon(_dataDir: string): EventLexicon {
  return {};
}

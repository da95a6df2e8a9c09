// Knowledge for the time (words of time expressions): loaded once from data/ and handed to stages in Resources.
// biome-ignore lint/complexity/noBannedTypes: filled in by its stage's issue
export type TimeLexicon = {};

export function loadTimeLexicon(_dataDir: string): TimeLexicon {
  return {};
}

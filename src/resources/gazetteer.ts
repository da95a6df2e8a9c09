// Knowledge for the places (the gazetteer): loaded once from data/ and handed to stages in Resources.
// biome-ignore lint/complexity/noBannedTypes: filled in by its stage's issue
export type Gazetteer = {};

export function loadGazetteer(_dataDir: string): Gazetteer {
  return {};
}

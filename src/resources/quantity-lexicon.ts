// Knowledge for the quantities (number words, qualifiers): loaded once from data/ and handed to stages in Resources.
// biome-ignore lint/complexity/noBannedTypes: filled in by its stage's issue
export type QuantityLexicon = {};

export function loadQuantityLexicon(_dataDir: string): QuantityLexicon {
  return {};
}

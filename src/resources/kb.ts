// Knowledge for the entities (the knowledge base of data/kb/): loaded once from data/ and handed to stages in Resources.
// biome-ignore lint/complexity/noBannedTypes: filled in by its stage's issue
export type KnowledgeBase = {};

export function loadKnowledgeBase(_dataDir: string): KnowledgeBase {
  return {};
}

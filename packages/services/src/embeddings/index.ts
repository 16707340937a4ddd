export { embedDocument } from "./embed-document";
export { type StoredEmbeddings, withSimilarSkills } from "./similar-skills";
export { blendPair, summaryBlender } from "./summary";

export { embedDocument } from "./embed-document";
export { embeddingsOf, type StoredEmbeddings, withSimilarSkills } from "./similar-skills";
export { blendPair, summaryBlender } from "./summary";

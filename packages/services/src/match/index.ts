export * from "./feedback";
export { clearCandidateIndexes, forgetResume, indexResume } from "./index-cache";
export * from "./live";
export * from "./sessions";
export * from "./step1";
export type * from "./views";

export * from "./feedback";
export { clearCandidateIndexes, forgetResume, indexResume } from "./index-cache";
export * from "./live";
export * from "./sessions";
export * from "./step1";
export * from "./step1-notify";
export type * from "./views";

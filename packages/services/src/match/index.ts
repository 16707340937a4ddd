export * from "./feedback";
export { clearCandidateIndexes, forgetResume, indexResume } from "./index-cache";
export { type IndexSnapshotWritten, indexSnapshotKey, writeIndexSnapshot } from "./index-snapshots";
export * from "./live";
export * from "./sessions";
export * from "./step1";
export * from "./step1-notify";
export type * from "./views";

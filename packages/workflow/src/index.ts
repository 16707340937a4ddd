// The public face: definitions as data and their types. No runtime dependency, so Lambda
// bundles and the SST program can import it; the runner lives at "@futodama/workflow/local".
export type * from "./asl";
export * from "./document-ingest";
export * from "./match-deep-dive";
export * from "./reconcile";
export * from "./rematch";
export * from "./tailor";
export { retryableErrors, taskTimeoutGraceSeconds } from "./task-state";

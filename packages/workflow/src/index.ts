// The public face: definitions as data and their types. No runtime dependency, so Lambda
// bundles and the SST program can import it; the runner lives at "@futodama/workflow/local".
export type * from "./asl";
export * from "./document-ingest";

// "@futodama/workflow/local": the embedded Step Functions runner for the local runtime and tests.
export * from "./local-arn";
export * from "./local-errors";
export * from "./local-executor";
export type { HistoryEvent } from "./local-history";

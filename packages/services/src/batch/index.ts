export { completeSettledBatches } from "./complete";
export { type BatchExportFormat, exportBatch } from "./export";
export { type BatchFile, createBatchFromUpload, getBatchView } from "./upload";
export type { BatchView } from "./view";

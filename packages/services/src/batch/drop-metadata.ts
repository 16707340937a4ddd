/**
 * What `futodama drop` puts on each object it stores (S3 user metadata, beside `sha256`): the
 * batch it belongs to and how many files that batch holds. Its own module: the CLI reads it
 * without bundling the batch service.
 */
export const dropBatchMetadata = { id: "batch-id", size: "batch-size" } as const;

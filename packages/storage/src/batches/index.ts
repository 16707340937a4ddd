import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import {
  addBatchItems,
  type Batch,
  type BatchKind,
  completeSettledBatches,
  createBatch,
  getBatch,
  type NewBatch,
  type NewBatchItem,
} from "./batches";
import { type BatchProgress, type BatchRecord, getBatchProgress, listBatchRecords } from "./progress";

export type { Batch, BatchKind, BatchSource, NewBatch, NewBatchItem } from "./batches";
export type { BatchCounts, BatchFailure, BatchProgress, BatchRecord } from "./progress";

/** Batches of files sent together (issue 13): API batch uploads and bulk drops. */
export interface BatchStorage {
  /** A new batch; with an id (a drop's), the existing one, or null when that id is another tenant's. */
  createBatch(tenantId: string, input: NewBatch): Promise<Batch | null>;
  getBatch(tenantId: string, batchId: string): Promise<Batch | null>;
  addBatchItems(tenantId: string, batchId: string, items: NewBatchItem[]): Promise<void>;
  /** Completes, once, the open batches with nothing left to parse (of a document, or one batch). */
  completeSettledBatches(
    tenantId: string,
    of: { documentId: string } | { batchId: string },
  ): Promise<Batch[]>;
  /** Counts by status, duplicates and failures with reasons; null for another tenant's batch. */
  getBatchProgress(tenantId: string, batchId: string): Promise<BatchProgress | null>;
  listBatchRecords(tenantId: string, batchId: string, kind: BatchKind): Promise<BatchRecord[]>;
}

export function batchStorage(db: Db): BatchStorage {
  return bindDb(db, {
    createBatch,
    getBatch,
    addBatchItems,
    completeSettledBatches,
    getBatchProgress,
    listBatchRecords,
  });
}

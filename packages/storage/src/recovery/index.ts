import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import { listTenantIds } from "../tenants";
import { listOpenBatches, listUnsentDeliveries, type OutboxPageOptions, type OutboxRow } from "./outbox";
import {
  claimRecovery,
  listUnsettledDocuments,
  noteIngestExecution,
  registeredKeys,
  type UnsettledDocument,
  type UnsettledPageOptions,
} from "./recovery";

export type { OutboxPageOptions, OutboxRow } from "./outbox";
export type { UnsettledDocument, UnsettledPageOptions } from "./recovery";

/** The reconciler's writes, each scoped by the document's own tenant. */
export interface RecoveryStorage {
  /** Takes an unsettled document for one more attempt under `executionName`; false when another run did. */
  claimRecovery(
    tenantId: string,
    documentId: string,
    seenAttempts: number,
    executionName: string,
  ): Promise<boolean>;
  /** Records the execution now responsible for the document (a retry), resetting the attempts. */
  noteIngestExecution(tenantId: string, documentId: string, executionName: string): Promise<void>;
}

/**
 * The only reads that span tenants, kept apart so that no tenant-scoped call can reach them by
 * accident: system jobs (the reconciler, the scheduled Rematch) that must look at everything.
 */
export interface AcrossTenants {
  /** Every tenant id, in order. */
  listTenantIds(): Promise<string[]>;
  /** `queued`/`processing` documents untouched since `olderThan`, oldest first (every tenant). */
  listUnsettledDocuments(options: UnsettledPageOptions): Promise<UnsettledDocument[]>;
  /** Which of these keys of a bucket have a document (of any tenant). */
  registeredKeys(bucket: string, keys: readonly string[]): Promise<Set<string>>;
  /** Webhook deliveries recorded before `olderThan` and never attempted, oldest first. */
  listUnsentDeliveries(options: OutboxPageOptions): Promise<OutboxRow[]>;
  /** Batches created before `olderThan` and not completed, oldest first. */
  listOpenBatches(options: OutboxPageOptions): Promise<OutboxRow[]>;
}

export function recoveryStorage(db: Db): RecoveryStorage {
  return bindDb(db, { claimRecovery, noteIngestExecution });
}

export function acrossTenants(db: Db): AcrossTenants {
  return bindDb(db, {
    listTenantIds,
    listUnsettledDocuments,
    registeredKeys,
    listUnsentDeliveries,
    listOpenBatches,
  });
}

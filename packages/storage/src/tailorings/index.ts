import type { Db } from "../database-types";
import type { RecordFailure } from "../records/types";
import { bindDb } from "../shared/bind";
import type { Page } from "../shared/paging";
import { listTailorings, type TailoringFilter } from "./list";
import {
  type CompletedTailoring,
  completeTailoring,
  createTailoring,
  failTailoring,
  getTailoring,
  listTailoringIds,
  markTailoringRunning,
  type NewTailoring,
  type TailoringRecord,
} from "./tailorings";

export type { TailoringFilter } from "./list";
export type { CompletedTailoring, NewTailoring, TailoringRecord, TailoringStatus } from "./tailorings";

/** Tailorings of one CV to one job (the Tailor workflow's row). */
export interface TailoringStorage {
  /** A queued tailoring of one CV to one job. */
  createTailoring(tenantId: string, input: NewTailoring): Promise<TailoringRecord>;
  /** null when there is no such tailoring for this tenant (whatever id is guessed). */
  getTailoring(tenantId: string, tailoringId: string): Promise<TailoringRecord | null>;
  /** queued → running; throws NotFoundError (tailoring.not_found) outside the tenant. */
  markTailoringRunning(tenantId: string, tailoringId: string): Promise<TailoringRecord>;
  /** Stores the bundle and marks it done; throws NotFoundError outside the tenant. */
  completeTailoring(
    tenantId: string,
    tailoringId: string,
    result: CompletedTailoring,
  ): Promise<TailoringRecord>;
  /** Marks it failed with the reason; a done tailoring keeps its bundle. */
  failTailoring(tenantId: string, tailoringId: string, failure: RecordFailure): Promise<void>;
  /** Newest first, of one job and/or one CV when given. */
  listTailorings(tenantId: string, filter?: TailoringFilter): Promise<Page<TailoringRecord>>;
  /** The ids of the tailorings made from a job or a CV. */
  listTailoringIds(tenantId: string, kind: "job" | "resume", recordId: string): Promise<string[]>;
}

export function tailoringStorage(db: Db): TailoringStorage {
  return bindDb(db, {
    createTailoring,
    getTailoring,
    markTailoringRunning,
    completeTailoring,
    failTailoring,
    listTailoringIds,
    listTailorings,
  });
}

import type { AuditVerdict } from "../audit.sql";
import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import type { Page } from "../shared/paging";
import {
  type AuditEvent,
  type AuditFilter,
  type AuditPageOptions,
  countAuditEvents,
  listAuditEvents,
  type NewAuditEvent,
  recordAuditEvents,
  setTailoringAuditVerdict,
} from "./events";

export type { AuditVerdict } from "../audit.sql";
export type { AuditEvent, AuditFilter, AuditKind, AuditPageOptions, NewAuditEvent } from "./events";

/** The audit trail of AI outputs (issue 13): one row per model call, ids and numbers only. */
export interface AuditStorage {
  recordAuditEvents(tenantId: string, events: NewAuditEvent[]): Promise<void>;
  setTailoringAuditVerdict(tenantId: string, tailoringId: string, verdict: AuditVerdict): Promise<void>;
  /** Newest first; another tenant's rows are never seen, whatever the filter. */
  listAuditEvents(
    tenantId: string,
    options?: AuditPageOptions,
  ): Promise<Page<AuditEvent> & { total: number }>;
  countAuditEvents(tenantId: string, filter?: AuditFilter): Promise<number>;
}

export function auditStorage(db: Db): AuditStorage {
  return bindDb(db, { recordAuditEvents, setTailoringAuditVerdict, listAuditEvents, countAuditEvents });
}

import type { AliasStorage } from "./aliases";
import { aliasStorage } from "./aliases";
import type { AnalyticsStorage } from "./analytics";
import { analyticsStorage } from "./analytics";
import type { AuditStorage } from "./audit";
import { auditStorage } from "./audit";
import type { BatchStorage } from "./batches";
import { batchStorage } from "./batches";
import type { Db } from "./database-types";
import type { DeepDiveStorage } from "./deep-dives";
import { deepDiveStorage } from "./deep-dives";
import type { EmbeddingStorage } from "./embeddings";
import { embeddingStorage } from "./embeddings";
import type { HealthStorage } from "./health";
import { healthStorage } from "./health";
import type { LiveRankingStorage } from "./live-rankings";
import { liveRankingStorage } from "./live-rankings";
import type { MatchSessionStorage } from "./match-sessions";
import { matchSessionStorage } from "./match-sessions";
import type { RateLimitStorage } from "./rate-limits";
import { rateLimitStorage } from "./rate-limits";
import type { RecordStorage } from "./records";
import { recordStorage } from "./records";
import type { AcrossTenants, RecoveryStorage } from "./recovery";
import { acrossTenants, recoveryStorage } from "./recovery";
import type { TailoringStorage } from "./tailorings";
import { tailoringStorage } from "./tailorings";
import type { TenantStorage } from "./tenants";
import { tenantStorage } from "./tenants";
import type { WebhookStorage } from "./webhooks";
import { webhookStorage } from "./webhooks";

/**
 * THE database boundary: one module per noun (records, aliases, match sessions, live rankings,
 * deep dives, tailorings, recovery), each plain functions of `(db, tenantId, …)`, put side by
 * side in this one object. Every method takes the tenant first and every query is scoped by it:
 * a tenant can never see or change another tenant's rows, whatever id it guesses. The few
 * system reads that must span tenants live apart, under `acrossTenants`.
 */
export interface Storage
  extends TenantStorage,
    RecordStorage,
    AliasStorage,
    MatchSessionStorage,
    LiveRankingStorage,
    DeepDiveStorage,
    TailoringStorage,
    RecoveryStorage,
    WebhookStorage,
    BatchStorage,
    HealthStorage,
    RateLimitStorage,
    AuditStorage,
    AnalyticsStorage,
    EmbeddingStorage {
  acrossTenants: AcrossTenants;
  close(): Promise<void>;
}

/** The Storage over any drizzle PostgreSQL driver (PGlite, Neon, PostgreSQL via Neon). */
export function storageOf(db: Db, close: () => Promise<void>): Storage {
  return {
    ...tenantStorage(db),
    ...recordStorage(db),
    ...aliasStorage(db),
    ...matchSessionStorage(db),
    ...liveRankingStorage(db),
    ...deepDiveStorage(db),
    ...tailoringStorage(db),
    ...recoveryStorage(db),
    ...webhookStorage(db),
    ...batchStorage(db),
    ...healthStorage(db),
    ...rateLimitStorage(db),
    ...auditStorage(db),
    ...analyticsStorage(db),
    ...embeddingStorage(db),
    acrossTenants: acrossTenants(db),
    close,
  };
}

/** The ingest starter only writes a row and calls StartExecution. */
export const ingestStarterTimeoutSeconds = 30;
/** SQS must hide a message for ≥ 6× the consumer's timeout (AWS's guidance for Lambda triggers). */
export const ingestVisibilityTimeoutSeconds = 6 * ingestStarterTimeoutSeconds;
/** API Gateway HTTP APIs cut at 30 s; slow work goes to a workflow. */
export const apiTimeoutSeconds = 29;
/**
 * Issue 14: one shard's step 1 (restore + catch-up when cold, then a few hundred ms warm); under
 * the API's 29 s so that a stuck shard fails the request with match.shard_failed, never a hang.
 */
export const matchShardTimeoutSeconds = 20;
/** How many times a message is received before it moves to the dead-letter queue. */
export const ingestMaxReceives = 3;
/** The migrator applies a handful of SQL files; generous for a slow first connection. */
export const migratorTimeoutSeconds = 120;
/**
 * Issue 13: the webhook delivery function posts a batch of deliveries at once, each bounded by
 * WEBHOOK_TIMEOUT_MS (10 s), so 30 s is ample; its queue hides a message 6× that.
 */
export const webhookDeliveryTimeoutSeconds = 30;
export const webhookVisibilityTimeoutSeconds = 6 * webhookDeliveryTimeoutSeconds;
/** Attempts of one delivery before its message moves to the webhook DLQ (= WEBHOOK_MAX_ATTEMPTS' default). */
export const webhookMaxReceives = 8;

/** The ingest starter only writes a row and calls StartExecution. */
export const ingestStarterTimeoutSeconds = 30;
/** SQS must hide a message for ≥ 6× the consumer's timeout (AWS's guidance for Lambda triggers). */
export const ingestVisibilityTimeoutSeconds = 6 * ingestStarterTimeoutSeconds;
/** API Gateway HTTP APIs cut at 30 s; slow work goes to a workflow. */
export const apiTimeoutSeconds = 29;
/** How many times a message is received before it moves to the dead-letter queue. */
export const ingestMaxReceives = 3;
/** The migrator applies a handful of SQL files; generous for a slow first connection. */
export const migratorTimeoutSeconds = 120;

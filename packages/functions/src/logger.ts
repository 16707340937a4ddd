import { Logger } from "@aws-lambda-powertools/logger";

/**
 * The one logger (STYLE.md §5): structured fields (tenantId, documentId, step, durationMs),
 * never document text or personal data.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "futodama" });

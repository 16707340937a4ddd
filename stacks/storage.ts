import { corsOrigins } from "./cors";
import {
  ingestMaxReceives,
  ingestVisibilityTimeoutSeconds,
  webhookMaxReceives,
  webhookVisibilityTimeoutSeconds,
} from "./timeouts";

/**
 * The two buckets (private: SST buckets block public access by default) and the ingest queue
 * that every new object lands on. Uploads through the API are written under `tenants/`;
 * the drop bucket takes bulk drops anywhere.
 */
export function createStorage() {
  // Browsers PUT large files straight to presigned URLs: the same origins as the API's CORS.
  const uploads = new sst.aws.Bucket("Uploads", {
    cors: {
      allowOrigins: corsOrigins(),
      allowMethods: ["PUT", "GET", "HEAD"],
      // The presigned PUT signs its size, type and If-None-Match (one write per key).
      allowHeaders: ["content-type", "content-length", "if-none-match"],
      exposeHeaders: ["etag"],
      maxAge: "1 hour",
    },
  });
  const drops = new sst.aws.Bucket("Drops");

  const ingestDlq = new sst.aws.Queue("IngestDlq");
  const ingestQueue = new sst.aws.Queue("IngestQueue", {
    dlq: { queue: ingestDlq.arn, retry: ingestMaxReceives },
    visibilityTimeout: `${ingestVisibilityTimeoutSeconds} seconds`,
  });

  uploads.notify({
    notifications: [
      { name: "UploadsIngest", queue: ingestQueue, events: ["s3:ObjectCreated:*"], filterPrefix: "tenants/" },
    ],
  });
  drops.notify({
    notifications: [{ name: "DropsIngest", queue: ingestQueue, events: ["s3:ObjectCreated:*"] }],
  });

  // Issue 13: webhook deliveries, one message each; a failed one comes back after its backoff
  // (the delivery function sets its visibility) and after the last attempt goes to the DLQ.
  const webhookDlq = new sst.aws.Queue("WebhookDlq");
  const webhookQueue = new sst.aws.Queue("WebhookQueue", {
    dlq: { queue: webhookDlq.arn, retry: webhookMaxReceives },
    visibilityTimeout: `${webhookVisibilityTimeoutSeconds} seconds`,
  });

  return { uploads, drops, ingestQueue, ingestDlq, webhookQueue, webhookDlq };
}

export type Storage = ReturnType<typeof createStorage>;

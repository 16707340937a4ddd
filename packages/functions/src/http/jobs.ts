import { s3 } from "@futodama/services/capabilities/s3";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { dependencies } from "../deps";
import { batchUploadHandlers } from "./batch-upload";
import { documentHandlers } from "./documents";
import { createDomainHandler } from "./router";

/** Lambda entry: the jobs router. */
export const handler = createDomainHandler(
  "jobs",
  { ...documentHandlers("job", "Job"), ...batchUploadHandlers("job", "Job") },
  dependencies(storage, s3, sfn, webhookQueue),
);

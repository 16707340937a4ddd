import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { markTailoringFailed } from "@futodama/services/tailoring";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler(
  "MarkTailoringFailed",
  markTailoringFailed,
  dependencies(storage, webhookQueue),
);

import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { reconcileEventsStep } from "@futodama/services/reconcile";
import type { ReconcileInput } from "@futodama/workflow";
import { dependencies } from "../deps";
import { logger } from "../logger";
import { type AcrossTenants, taskHandler } from "./task";

/** Reconcile's third pass: deliveries never queued are queued, settled batches completed; summary logged and returned. */
export const handler = taskHandler(
  "ReconcileEvents",
  async (deps, input: ReconcileInput & AcrossTenants) => {
    const summary = await reconcileEventsStep(deps, input);
    logger.info("reconcile events", { ...summary });
    return summary;
  },
  dependencies(storage, webhookQueue),
);

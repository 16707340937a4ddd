import { s3 } from "@futodama/services/capabilities/s3";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import { webhookQueue } from "@futodama/services/capabilities/webhook-queue";
import { reconcileRecordsStep } from "@futodama/services/reconcile";
import type { ReconcileInput } from "@futodama/workflow";
import { dependencies } from "../deps";
import { logger } from "../logger";
import { type AcrossTenants, taskHandler } from "./task";

/** Reconcile's first pass: stuck records restarted or marked failed; the summary is logged and returned. */
export const handler = taskHandler(
  "ReconcileRecords",
  async (deps, input: ReconcileInput & AcrossTenants) => {
    const { actions, ...counts } = await reconcileRecordsStep(deps, input);
    logger.info("reconcile records", { ...counts });
    return { ...counts, actions };
  },
  dependencies(storage, s3, sfn, webhookQueue),
);

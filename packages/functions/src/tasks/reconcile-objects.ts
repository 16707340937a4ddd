import { s3 } from "@futodama/services/capabilities/s3";
import { sfn } from "@futodama/services/capabilities/sfn";
import { storage } from "@futodama/services/capabilities/storage";
import { reconcileObjectsStep } from "@futodama/services/reconcile";
import type { ReconcileInput } from "@futodama/workflow";
import { dependencies } from "../deps";
import { logger } from "../logger";
import { type AcrossTenants, taskHandler } from "./task";

/** Reconcile's second pass: stored objects without a record registered and started; summary logged and returned. */
export const handler = taskHandler(
  "ReconcileObjects",
  async (deps, input: ReconcileInput & AcrossTenants) => {
    const { actions, ...counts } = await reconcileObjectsStep(deps, input);
    logger.info("reconcile objects", { ...counts });
    return { ...counts, actions };
  },
  dependencies(storage, s3, sfn),
);

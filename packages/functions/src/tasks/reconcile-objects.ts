import { reconcileObjectsStep } from "@futodama/services";
import type { ReconcileInput } from "@futodama/workflow";
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
);

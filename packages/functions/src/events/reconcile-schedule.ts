import { sfn } from "@futodama/services/capabilities/sfn";
import { reconcileExecutionName, startReconcile } from "@futodama/services/reconcile";
import { ConfigError, config } from "../config";
import { dependencies } from "../deps";
import { logger } from "../logger";
import { type ScheduleEvent, scheduledAt } from "./schedule";

const deps = dependencies(sfn);

/** CronV2 → a Reconcile execution named after the scheduled quarter-hour (a retried tick starts nothing). */
export async function handler(event: Pick<ScheduleEvent, "scheduledTime"> = {}) {
  const arn = config().RECONCILE_ARN;
  if (!arn)
    throw new ConfigError("Invalid configuration:\n  RECONCILE_ARN: required by the schedule function");
  const { sfn } = await deps();
  const started = await startReconcile(sfn, arn, reconcileExecutionName(scheduledAt(event)), {});
  logger.info("reconcile scheduled", { ...started });
  return started;
}

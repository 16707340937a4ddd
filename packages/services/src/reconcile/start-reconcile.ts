import type { SFNClient } from "@aws-sdk/client-sfn";
import type { ReconcileInput } from "@futodama/workflow";
import { type StartRematchResult, slotStamp, startNamedExecution } from "../rematch/start-rematch";

/** Every 15 minutes on AWS (CronV2) and locally (the timer); RECONCILE_INTERVAL_MINUTES locally. */
export const reconcileSlotMinutes = 15;

/**
 * A scheduled run's name: its time slot. A retried tick or two local timers in one slot get the
 * same name, and Step Functions refuses the second.
 */
export function reconcileExecutionName(now: Date, slotMinutes = reconcileSlotMinutes): string {
  return `reconcile-${slotStamp(now, slotMinutes)}`;
}

/** A local start's run: named after the process start, so each start runs it exactly once. */
export function reconcileAtStartName(startedAt: Date): string {
  return `reconcile-start-${startedAt.toISOString().replace(/[:.]/g, "-")}`;
}

export function startReconcile(
  sfn: SFNClient,
  reconcileArn: string,
  name: string,
  input: ReconcileInput = {},
): Promise<StartRematchResult> {
  return startNamedExecution(sfn, reconcileArn, name, input, "Reconcile");
}

import type { SFNClient } from "@aws-sdk/client-sfn";
import {
  reconcileAtStartName,
  reconcileExecutionName,
  reconcileSlotMinutes,
  type StartRematchResult,
  startReconcile,
} from "@futodama/services";
import { everyMinutes, intervalMinutesFrom } from "./scheduler";

export interface ReconcileSchedulerOptions {
  sfn: SFNClient;
  reconcileArn: string;
  /** 0 turns the reconciler off (the start-up run too). */
  intervalMinutes: number;
  /** When this process started: the start-up run judges everything older than this. */
  startedAt: Date;
  onError?: (error: unknown) => void;
  now?: () => Date;
}

export interface ReconcileScheduler {
  /** The start-up run (null when the reconciler is off); resolves once it is started, not finished. */
  atStart: Promise<StartRematchResult | null>;
  /** Starts the current slot's run now (what a timer tick does); a slot runs once. */
  tick(): Promise<StartRematchResult | null>;
  stop(): void;
}

/** RECONCILE_INTERVAL_MINUTES → minutes (default 15); anything not a whole number ≥ 0 is an error. */
export function reconcileIntervalFrom(value: string | undefined): number {
  return intervalMinutesFrom("RECONCILE_INTERVAL_MINUTES", value, reconcileSlotMinutes);
}

/**
 * The local stand-in for Reconcile's CronV2 schedule, plus a run at every start: whatever a
 * crash (kill -9) left behind — records whose executions died with the process, files stored
 * before their notification was handled — is older than this process and no execution of this
 * process drives it, so the start-up run judges it at once instead of after the deadline.
 */
export function startReconcileScheduler(options: ReconcileSchedulerOptions): ReconcileScheduler {
  const now = options.now ?? (() => new Date());
  const enabled = options.intervalMinutes > 0;
  const tick = async () =>
    enabled
      ? startReconcile(
          options.sfn,
          options.reconcileArn,
          reconcileExecutionName(now(), options.intervalMinutes),
        )
      : null;
  const atStart = enabled
    ? startReconcile(options.sfn, options.reconcileArn, reconcileAtStartName(options.startedAt), {
        olderThan: options.startedAt.toISOString(),
      })
    : Promise.resolve(null);
  atStart.catch((error: unknown) => options.onError?.(error));
  return { atStart, tick, stop: everyMinutes(options.intervalMinutes, tick, options.onError) };
}

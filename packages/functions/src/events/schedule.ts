import { sfn } from "@futodama/services/capabilities/sfn";
import { rematchExecutionName, startRematch } from "@futodama/services/rematch";
import { ConfigError, config } from "../config";
import { dependencies } from "../deps";
import { logger } from "../logger";

/** What the CronV2 schedule sends: the slot's time, filled in by EventBridge Scheduler. */
export interface ScheduleEvent {
  /** `<aws.scheduler.scheduled-time>`: the same for every retry of one tick. */
  scheduledTime?: string;
  tenantId?: string;
}

const deps = dependencies(sfn);

/** Execution names are per hour: a retried or duplicated tick of the same hour starts nothing. */
export const scheduleSlotMinutes = 60;

/** The tick's slot time as EventBridge Scheduler gave it (now when absent or unreadable). */
export function scheduledAt(event: ScheduleEvent): Date {
  const scheduled = event.scheduledTime ? new Date(event.scheduledTime) : new Date();
  return Number.isNaN(scheduled.getTime()) ? new Date() : scheduled;
}

/** CronV2 → a Rematch execution named after the scheduled date-hour. */
export async function handler(event: ScheduleEvent = {}) {
  const arn = config().REMATCH_ARN;
  if (!arn) throw new ConfigError("Invalid configuration:\n  REMATCH_ARN: required by the schedule function");
  const name = rematchExecutionName(scheduledAt(event), scheduleSlotMinutes, event.tenantId);
  const { sfn } = await deps();
  const started = await startRematch(sfn, arn, name, event.tenantId ? { tenantId: event.tenantId } : {});
  logger.info("rematch scheduled", { ...started });
  return started;
}

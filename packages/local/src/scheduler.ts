import type { SFNClient } from "@aws-sdk/client-sfn";
import { rematchExecutionName, type StartRematchResult, startRematch } from "@futodama/services";

/** Every 6 hours unless REMATCH_INTERVAL_MINUTES says otherwise; 0 turns the schedule off. */
export const defaultRematchIntervalMinutes = 360;

export interface SchedulerOptions {
  sfn: SFNClient;
  rematchArn: string;
  intervalMinutes: number;
  onTick?: (result: StartRematchResult) => void;
  onError?: (error: unknown) => void;
  now?: () => Date;
}

export interface Scheduler {
  /** Starts the current slot's run now (what a timer tick does); a slot runs once. */
  tick(): Promise<StartRematchResult | null>;
  stop(): void;
}

/** REMATCH_INTERVAL_MINUTES → minutes (default 6 h); anything not a whole number ≥ 0 is an error. */
export function rematchIntervalFrom(value: string | undefined): number {
  return intervalMinutesFrom("REMATCH_INTERVAL_MINUTES", value, defaultRematchIntervalMinutes);
}

/** An interval setting → minutes (`fallback` when unset); anything not a whole number ≥ 0 is an error. */
export function intervalMinutesFrom(variable: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new Error(`${variable} must be a whole number of minutes ≥ 0, got "${value}"`);
  }
  return minutes;
}

/** Runs `tick` every `minutes` (never when 0) without keeping the process alive; returns the stop. */
export function everyMinutes(
  minutes: number,
  tick: () => Promise<unknown>,
  onError?: (error: unknown) => void,
) {
  const timer =
    minutes > 0
      ? setInterval(() => {
          tick().catch((error: unknown) => onError?.(error));
        }, minutes * 60_000)
      : undefined;
  timer?.unref();
  return () => {
    if (timer) clearInterval(timer);
  };
}

/**
 * The local stand-in for the CronV2 schedule: a timer that starts Rematch (every tenant) through
 * the same SFN client and the same naming as the deployed schedule function. The execution is
 * named after the time slot, so two ticks in one slot (a restart, a second runtime on the same
 * data) cannot run it twice.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const now = options.now ?? (() => new Date());
  const tick = async () => {
    if (options.intervalMinutes <= 0) return null;
    const name = rematchExecutionName(now(), options.intervalMinutes);
    const result = await startRematch(options.sfn, options.rematchArn, name, {});
    options.onTick?.(result);
    return result;
  };
  return { tick, stop: everyMinutes(options.intervalMinutes, tick, options.onError) };
}

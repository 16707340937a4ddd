import { type SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { TransientError } from "@futodama/core";
import type { RematchInput } from "@futodama/workflow";

/**
 * The execution name of a scheduled run: the time slot it belongs to (and the tenant, if any).
 * Two ticks of the same slot — a retried EventBridge delivery, two local timers — get the same
 * name, and Step Functions refuses the second: a slot runs at most once.
 */
export function rematchExecutionName(now: Date, slotMinutes: number, tenantId?: string): string {
  return `rematch-${tenantId ?? "all"}-${slotStamp(now, slotMinutes)}`.slice(0, 80);
}

/** The start of the time slot `now` falls in, as a name-safe stamp (`2026-01-02T03-15Z`). */
export function slotStamp(now: Date, slotMinutes: number): string {
  const slotMs = Math.max(1, Math.trunc(slotMinutes)) * 60_000;
  const slot = new Date(Math.floor(now.getTime() / slotMs) * slotMs);
  return `${slot.toISOString().slice(0, 16).replace(/:/g, "-")}Z`;
}

export interface StartRematchResult {
  executionArn: string;
  name: string;
  /** The slot had already run (or is running): nothing new was started. */
  alreadyStarted: boolean;
}

/** Starts a Rematch execution under `name`; an existing one of that name is reported, not an error. */
export function startRematch(
  sfn: SFNClient,
  rematchArn: string,
  name: string,
  input: RematchInput = {},
): Promise<StartRematchResult> {
  return startNamedExecution(sfn, rematchArn, name, input, "Rematch");
}

/**
 * Starts a scheduled workflow (Rematch, Reconcile) under `name`: an execution of that name
 * already there is the same slot's run, reported as `alreadyStarted`, never an error.
 */
export async function startNamedExecution(
  sfn: SFNClient,
  stateMachineArn: string,
  name: string,
  input: object,
  workflow: string,
): Promise<StartRematchResult> {
  const executionArn = `${stateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`;
  try {
    const asked = Date.now();
    const out = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
    );
    // StartExecution is idempotent: the same name and input while that run is still going answers
    // with it again, and with its own, earlier start — a run this call did not start.
    const running = out.startDate !== undefined && out.startDate.getTime() < asked;
    return { executionArn: out.executionArn ?? executionArn, name, alreadyStarted: running };
  } catch (error) {
    if ((error as { name?: string }).name === "ExecutionAlreadyExists") {
      return { executionArn, name, alreadyStarted: true };
    }
    throw new TransientError("workflow.start_failed", `The ${workflow} workflow could not be started`, {
      cause: error,
    });
  }
}

import { type SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { TransientError } from "@futodama/core";
import type { RematchInput } from "@futodama/workflow";

/**
 * The execution name of a scheduled run: the time slot it belongs to (and the tenant, if any).
 * Two ticks of the same slot — a retried EventBridge delivery, two local timers — get the same
 * name, and Step Functions refuses the second: a slot runs at most once.
 */
export function rematchExecutionName(now: Date, slotMinutes: number, tenantId?: string): string {
  const slotMs = Math.max(1, Math.trunc(slotMinutes)) * 60_000;
  const slot = new Date(Math.floor(now.getTime() / slotMs) * slotMs);
  const stamp = slot.toISOString().slice(0, 16).replace(/:/g, "-");
  return `rematch-${tenantId ?? "all"}-${stamp}Z`.slice(0, 80);
}

export interface StartRematchResult {
  executionArn: string;
  name: string;
  /** The slot had already run (or is running): nothing new was started. */
  alreadyStarted: boolean;
}

/** Starts a Rematch execution under `name`; an existing one of that name is reported, not an error. */
export async function startRematch(
  sfn: SFNClient,
  rematchArn: string,
  name: string,
  input: RematchInput = {},
): Promise<StartRematchResult> {
  const executionArn = `${rematchArn.replace(":stateMachine:", ":execution:")}:${name}`;
  try {
    const out = await sfn.send(
      new StartExecutionCommand({ stateMachineArn: rematchArn, name, input: JSON.stringify(input) }),
    );
    return { executionArn: out.executionArn ?? executionArn, name, alreadyStarted: false };
  } catch (error) {
    if ((error as { name?: string }).name === "ExecutionAlreadyExists") {
      return { executionArn, name, alreadyStarted: true };
    }
    throw new TransientError("workflow.start_failed", "The Rematch workflow could not be started", {
      cause: error,
    });
  }
}

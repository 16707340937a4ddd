import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import { InternalError, TransientError } from "@futodama/core";
import type { DocumentIngestInput } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";

/** The DocumentIngest state machine's ARN, which the reconciler's functions must be given. */
export function documentIngestArnOf(deps: ServiceDeps): string {
  if (!deps.documentIngestArn) {
    throw new InternalError("config.missing", "DOCUMENT_INGEST_ARN is not configured");
  }
  return deps.documentIngestArn;
}

/** The ARN of a DocumentIngest execution, from its name (as Step Functions builds it). */
export function documentIngestExecutionArn(deps: ServiceDeps, name: string): string {
  return `${documentIngestArnOf(deps).replace(":stateMachine:", ":execution:")}:${name}`;
}

/**
 * Starts DocumentIngest for a document under `name`. An execution of that name already there
 * (a starter or another reconciler got there first) is success: the name is the idempotency key.
 */
export async function startIngestExecution(
  deps: ServiceDeps,
  name: string,
  input: DocumentIngestInput,
): Promise<"started" | "already_started"> {
  try {
    await deps.sfn.send(
      new StartExecutionCommand({
        stateMachineArn: documentIngestArnOf(deps),
        name,
        input: JSON.stringify(input),
      }),
    );
    return "started";
  } catch (error) {
    if ((error as { name?: string }).name === "ExecutionAlreadyExists") return "already_started";
    throw new TransientError("workflow.start_failed", "The ingest workflow could not be started", {
      cause: error,
    });
  }
}

import { InternalError } from "@futodama/core";
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

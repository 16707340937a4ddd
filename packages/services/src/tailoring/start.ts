import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import { InternalError, type TailorOptionsInput, TailorOptionsSchema, TransientError } from "@futodama/core";
import type { TailorWorkflowInput } from "@futodama/workflow";
import { loadMatchableJob, loadMatchableResume } from "../deep-dive/inputs";
import type { ServiceDeps } from "../deps";
import { type TailoringView, toTailoringView } from "./views";

export interface TailorResumeRequest {
  jobId: string;
  resumeId: string;
  /** language, style, strategy; defaults: the CV's own language, conservative, keywords. */
  options?: TailorOptionsInput | undefined;
  /** Who asks (the token's `sub`): the model call's audit row names them. */
  requestedBy?: string | undefined;
}

/**
 * Tailors a CV to a job: checks both are this tenant's and parsed (404 / 409), records a queued
 * tailoring and starts the Tailor workflow named after its id. Answers at once (202); the
 * tailoring reports its progress and, once done, its bundle.
 */
export async function tailorResumeToJob(
  deps: ServiceDeps,
  tenantId: string,
  request: TailorResumeRequest,
): Promise<TailoringView> {
  const options = TailorOptionsSchema.parse(request.options ?? {});
  const stateMachineArn = deps.tailorArn;
  if (!stateMachineArn) throw new InternalError("config.missing", "TAILOR_ARN is not configured");
  await loadMatchableJob(deps, tenantId, request.jobId, "tailoring");
  await loadMatchableResume(deps, tenantId, request.resumeId, "tailoring");

  const tailoring = await deps.storage.createTailoring(tenantId, {
    jobId: request.jobId,
    resumeId: request.resumeId,
    options,
    provider: deps.tailor.name,
  });
  const input: TailorWorkflowInput = {
    tenantId,
    tailoringId: tailoring.id,
    jobId: request.jobId,
    resumeId: request.resumeId,
    ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
  };
  try {
    await deps.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: tailoring.id, input: JSON.stringify(input) }),
    );
  } catch (error) {
    // The tailoring id is fresh, so ExecutionAlreadyExists cannot happen here: any error means nothing runs.
    const reason = "The tailoring workflow could not be started";
    await deps.storage
      .failTailoring(tenantId, tailoring.id, { code: "workflow.start_failed", reason })
      .catch(() => undefined);
    throw new TransientError("workflow.start_failed", reason, {
      cause: error,
      details: { tailoringId: tailoring.id },
    });
  }
  return toTailoringView(tailoring);
}

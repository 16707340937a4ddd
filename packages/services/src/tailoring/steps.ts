import { verdictOf } from "@futodama/ai/model-call";
import { buildTailoredBundle, ResumeTailorV1Schema, type TailorProposal } from "@futodama/core";
import type {
  LoadTailorInputsOutput,
  MarkTailoringFailedInput,
  PersistTailoringOutput,
  TailorStepOutput,
  TailorWorkflowInput,
  VerifyStepOutput,
} from "@futodama/workflow";
import { actorOf, auditedModelCalls } from "../audit/record";
import type { ServiceDeps } from "../deps";
import { normalizerFor } from "../document/understand";
import { recordMetric } from "../ops/metrics";
import { failureOf } from "../shared/failure";
import { readJson, writeJson } from "../shared/s3";
import { announceTailoring } from "../webhooks/notify";
import { loadTailorCvText, loadTailoring, loadTailorPair } from "./inputs";
import { tailoringKey } from "./keys";

/*
 * The Tailor steps: ids in, ids and S3 keys out. The proposal and the bundle go to S3 (the
 * 256 KiB state limit); the keys are derived from the ids, never taken from the state.
 */

const ids = (state: TailorWorkflowInput): TailorWorkflowInput => ({
  tenantId: state.tenantId,
  tailoringId: state.tailoringId,
  jobId: state.jobId,
  resumeId: state.resumeId,
  ...(state.requestedBy ? { requestedBy: state.requestedBy } : {}),
});

const readArtefact = (deps: ServiceDeps, key: string) => readJson(deps.s3, deps.buckets.uploads, key);
const writeArtefact = (deps: ServiceDeps, key: string, value: unknown) =>
  writeJson(deps.s3, deps.buckets.uploads, key, value);

/** LoadInputs: the job and the CV are still this tenant's and parsed; the tailoring is running. */
export async function loadTailorInputs(
  deps: ServiceDeps,
  state: TailorWorkflowInput,
): Promise<LoadTailorInputsOutput> {
  await loadTailoring(deps, state.tenantId, state.tailoringId);
  await loadTailorPair(deps, state.tenantId, state.jobId, state.resumeId);
  await deps.storage.markTailoringRunning(state.tenantId, state.tailoringId);
  return ids(state);
}

/** Tailor: job + CV card + CV text → the provider's proposed edits → proposal.json. */
export async function tailorStep(
  deps: ServiceDeps,
  state: LoadTailorInputsOutput,
): Promise<TailorStepOutput> {
  const { tenantId, tailoringId } = state;
  const tailoring = await loadTailoring(deps, tenantId, tailoringId);
  const { job, resume } = await loadTailorPair(deps, tenantId, state.jobId, state.resumeId);
  const resumeText = await loadTailorCvText(deps, tenantId, resume.record.documentId);
  const normalizer = await normalizerFor(deps.storage, tenantId);
  const proposal = await auditedModelCalls(
    deps,
    {
      tenantId,
      actor: actorOf(state.requestedBy),
      subject: {
        tailoringId,
        jobId: state.jobId,
        resumeId: state.resumeId,
        documentId: resume.record.documentId,
        documentKind: "resume",
      },
    },
    (onCall) =>
      deps.tailor.propose({
        job: job.card,
        resume: resume.card,
        resumeText,
        options: tailoring.options,
        normalizer,
        onCall,
      }),
  );
  const proposalKey = tailoringKey(tenantId, tailoringId, "proposal.json");
  await writeArtefact(deps, proposalKey, proposal);
  return { ...ids(state), proposalKey };
}

/** Verify: the allowed edits applied, every fact checked against the source CV → bundle.json. */
export async function verifyStep(deps: ServiceDeps, state: TailorStepOutput): Promise<VerifyStepOutput> {
  const { tenantId, tailoringId } = state;
  const tailoring = await loadTailoring(deps, tenantId, tailoringId);
  const { job, resume } = await loadTailorPair(deps, tenantId, state.jobId, state.resumeId);
  const proposalKey = tailoringKey(tenantId, tailoringId, "proposal.json");
  const proposal = (await readArtefact(deps, proposalKey)) as TailorProposal;
  const bundle = buildTailoredBundle({
    job: job.card,
    resume: resume.card,
    proposal,
    options: tailoring.options,
    normalizer: await normalizerFor(deps.storage, tenantId),
  });
  const bundleKey = tailoringKey(tenantId, tailoringId, "bundle.json");
  await writeArtefact(deps, bundleKey, bundle);
  // The verifier's verdict on the model's proposal joins the Tailor step's audit row.
  await deps.storage.setTailoringAuditVerdict(
    tenantId,
    tailoringId,
    verdictOf(proposal.edits.length, bundle.rejected.length, !bundle.verification.passed),
  );
  return { ...ids(state), proposalKey, bundleKey };
}

/** Persist: the bundle (validated once more) on the tailoring row, which is done. */
export async function persistTailoringStep(
  deps: ServiceDeps,
  state: VerifyStepOutput,
): Promise<PersistTailoringOutput> {
  const { tenantId, tailoringId } = state;
  const proposalKey = tailoringKey(tenantId, tailoringId, "proposal.json");
  const bundleKey = tailoringKey(tenantId, tailoringId, "bundle.json");
  const bundle = ResumeTailorV1Schema.parse(await readArtefact(deps, bundleKey));
  const done = await deps.storage.completeTailoring(tenantId, tailoringId, {
    bundle,
    provider: bundle.provider,
  });
  recordMetric(
    "tailoring_ms",
    { provider: bundle.provider ?? "unknown" },
    Date.now() - done.createdAt.getTime(),
  );
  await announceTailoring(deps, state);
  return { ...ids(state), proposalKey, bundleKey, status: "done" };
}

/** MarkTailoringFailed: the reason from `$.failure`, on the row. */
export async function markTailoringFailed(
  deps: ServiceDeps,
  state: MarkTailoringFailedInput,
): Promise<{ status: "failed"; reason: string }> {
  const failure = failureOf(state.failure);
  await deps.storage.failTailoring(state.tenantId, state.tailoringId, failure);
  await announceTailoring(deps, state, { reason: failure.reason });
  return { status: "failed", reason: failure.reason };
}

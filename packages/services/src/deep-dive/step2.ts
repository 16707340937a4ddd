import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import {
  ConflictError,
  candidateFeatures,
  InputError,
  InternalError,
  jobQuery,
  NotFoundError,
  scoreCandidate,
  TransientError,
} from "@futodama/core";
import type { NewMatchResult } from "@futodama/storage";
import type { MatchDeepDiveInput } from "@futodama/workflow";
import type { ServiceDeps } from "../deps";
import { rankTenantCandidates } from "../match/fan-out";
import { type MatchSessionView, toSessionView } from "../match/views";
import { loadMatchableJob, loadMatchableResume } from "./inputs";

/** Candidates analysed when the request names no number. */
export const DEFAULT_STEP2_TOP = 10;
/** Each candidate is one LLM call: a session analyses at most this many. */
export const MAX_STEP2_CANDIDATES = 100;

export interface MatchStep2Options {
  /** Take the best `top` candidates of this step-1 session (of the same job). */
  sessionId?: string | undefined;
  /** Or exactly these candidates (parsed resumes of the tenant). */
  resumeIds?: string[] | undefined;
  /** How many of the session's (or, without one, of a fresh step-1 ranking's) best to analyse; default 10. */
  top?: number | undefined;
  /** Who asks (the token's `sub`): the analyses' audit rows name them. */
  requestedBy?: string | undefined;
}

type Pick = { candidates: NewMatchResult[]; options: Record<string, unknown> };

async function fromSession(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  sessionId: string,
  top: number,
) {
  const session = await deps.storage.getMatchSession(tenantId, sessionId);
  if (session === null)
    throw new NotFoundError("match_session.not_found", `No match session with id ${sessionId}`);
  if (session.jobId !== jobId || session.kind !== "step1" || session.status !== "done") {
    throw new ConflictError(
      "match.not_a_step1_session",
      "Step 2 starts from a finished step-1 session of the same job",
      { details: { sessionId, jobId: session.jobId, kind: session.kind, status: session.status } },
    );
  }
  const page = await deps.storage.listMatchResults(tenantId, sessionId, { limit: top });
  const candidates = page.items.map((r) => ({
    resumeId: r.resumeId,
    rank: r.rank,
    score: r.score,
    breakdown: r.breakdown,
  }));
  return { candidates, options: { sessionId, top } };
}

async function fromResumes(
  deps: ServiceDeps,
  tenantId: string,
  job: Parameters<typeof jobQuery>[0],
  ids: string[],
) {
  const query = jobQuery(job);
  const scored = [];
  for (const id of [...new Set(ids)]) {
    const { card } = await loadMatchableResume(deps, tenantId, id);
    const result = scoreCandidate(query, candidateFeatures(card));
    scored.push({ resumeId: id, score: result.score, breakdown: result.breakdown });
  }
  scored.sort((a, b) => b.score - a.score || a.resumeId.localeCompare(b.resumeId));
  return {
    candidates: scored.map((c, i) => ({ ...c, rank: i + 1 })),
    options: { resumeIds: [...new Set(ids)] },
  };
}

async function fromRanking(
  deps: ServiceDeps,
  tenantId: string,
  job: Parameters<typeof jobQuery>[0],
  top: number,
) {
  const candidates = await rankTenantCandidates(deps, tenantId, jobQuery(job), top);
  return { candidates, options: { top } };
}

/**
 * Step 2: picks the candidates (the best of a step-1 session, explicit ids, or a fresh step-1
 * ranking), creates a step-2 session with one row per candidate, and starts MatchDeepDive named
 * after the session id. Answers at once (202); the session reports progress as analyses land.
 */
export async function runMatchStep2(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  options: MatchStep2Options = {},
): Promise<MatchSessionView> {
  if (options.sessionId !== undefined && options.resumeIds !== undefined) {
    throw new InputError("match.step2_ambiguous", "Give either sessionId or resumeIds, not both");
  }
  if (options.resumeIds !== undefined && options.resumeIds.length > MAX_STEP2_CANDIDATES) {
    throw new InputError(
      "match.too_many_candidates",
      `At most ${MAX_STEP2_CANDIDATES} candidates per deep dive`,
    );
  }
  const stateMachineArn = deps.matchDeepDiveArn;
  if (!stateMachineArn) throw new InternalError("config.missing", "MATCH_DEEP_DIVE_ARN is not configured");
  const { card } = await loadMatchableJob(deps, tenantId, jobId);
  const top = Math.min(MAX_STEP2_CANDIDATES, Math.max(1, Math.trunc(options.top ?? DEFAULT_STEP2_TOP)));

  const picked: Pick =
    options.sessionId !== undefined
      ? await fromSession(deps, tenantId, jobId, options.sessionId, top)
      : options.resumeIds !== undefined
        ? await fromResumes(deps, tenantId, card, options.resumeIds)
        : await fromRanking(deps, tenantId, card, top);
  if (picked.candidates.length === 0) {
    throw new ConflictError("match.no_candidates", "There is no parsed candidate to analyse for this job");
  }

  const session = await deps.storage.createDeepDiveSession(tenantId, {
    jobId,
    options: picked.options,
    candidates: picked.candidates,
  });
  const input: MatchDeepDiveInput = {
    tenantId,
    sessionId: session.id,
    jobId,
    resumeIds: picked.candidates.map((c) => c.resumeId),
    requestedBy: options.requestedBy ?? null,
  };
  try {
    await deps.sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: session.id, input: JSON.stringify(input) }),
    );
  } catch (error) {
    // The session id is fresh, so ExecutionAlreadyExists cannot happen here: any error means nothing runs.
    const reason = "The deep-dive workflow could not be started";
    await deps.storage
      .failMatchSession(tenantId, session.id, { code: "workflow.start_failed", reason })
      .catch(() => undefined);
    throw new TransientError("workflow.start_failed", reason, {
      cause: error,
      details: { sessionId: session.id },
    });
  }
  return toSessionView(session);
}

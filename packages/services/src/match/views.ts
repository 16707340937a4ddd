import { matchCoverage, summaryKey } from "@futodama/core";
import { isFailedAnalysis, type MatchResultRecord, type MatchSession, type Page } from "@futodama/storage";
import { genericFailureCodes } from "../shared/failure";
import type { Weighting } from "./tenant-weights";

/** What the API shows of a match session (its results come separately, a page at a time). */
export interface MatchSessionView {
  id: string;
  jobId: string;
  kind: MatchSession["kind"];
  status: MatchSession["status"];
  options: unknown;
  /** Step 1: the weights the run used and where they came from. */
  weighting?: Weighting;
  progress: { total: number; done: number; failed: number };
  error?: string;
  /** The stable dotted code of `error` (docs/api-contract.md#failure-codes). */
  errorCode?: string;
  createdAt: string;
  updatedAt: string;
}

export interface MatchResultView {
  rank: number;
  resumeId: string;
  /** The candidate's name as parsed; null when the CV names nobody. */
  name: string | null;
  filename: string;
  /** 0..100 */
  score: number;
  /** 0..1: the share of the job's weight that could be compared (docs/scoring.md). */
  coverage: number;
  /** Per category: score 0..1, weight, evidence. */
  breakdown: unknown;
  /** Must-have requirements the CV shows no sign of. */
  missingMustHaves: string[];
  /** The step-2 analysis (match-analysis-v1), once there is one. */
  analysis?: unknown;
  /** Why the step-2 analysis of this candidate failed. */
  analysisError?: string;
  analysisErrorCode?: string;
  /** The current verdict on this candidate in this session; null when none. */
  verdict: MatchResultRecord["verdict"];
}

export interface MatchSessionWithResults extends MatchSessionView {
  results: MatchResultView[];
  nextCursor: string | null;
}

/**
 * A step-1 session stores the weighting it used beside what it was asked (its options); the view
 * shows them apart. Sessions stored before weighting existed have none.
 */
function splitOptions(stored: unknown): { options: unknown; weighting?: Weighting } {
  if (stored === null || typeof stored !== "object" || !("weighting" in stored)) return { options: stored };
  const { weighting, ...options } = stored as { weighting: Weighting };
  return { options, weighting };
}

export function toSessionView(session: MatchSession): MatchSessionView {
  const { options, weighting } = splitOptions(session.options);
  return {
    id: session.id,
    jobId: session.jobId,
    kind: session.kind,
    status: session.status,
    options,
    ...(weighting === undefined ? {} : { weighting }),
    progress: { total: session.total, done: session.done, failed: session.failed },
    ...(session.error === null
      ? {}
      : { error: session.error, errorCode: session.errorCode ?? genericFailureCodes.stepFailed }),
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}

/** The must-have requirements a breakdown records as unmet. */
export function missingMustHaves(breakdown: unknown): string[] {
  const mustHave = (breakdown as { must_have?: { evidence?: unknown } } | null)?.must_have;
  if (!Array.isArray(mustHave?.evidence)) return [];
  return mustHave.evidence
    .filter((e): e is { requirement: string; matched: false } => {
      const item = e as { requirement?: unknown; matched?: unknown } | null;
      return typeof item?.requirement === "string" && item.matched === false;
    })
    .map((e) => e.requirement);
}

/** Coverage (core's matchCoverage) of a stored breakdown: its categories that carry a weight. */
function storedCoverage(breakdown: unknown): number {
  if (breakdown === null || typeof breakdown !== "object") return 0;
  // The summaries' similarity (issue 14) is a blend, not a category: it takes no part in coverage.
  const categories = Object.entries(breakdown)
    .filter(([key]) => key !== summaryKey)
    .map(([, c]) => c as unknown)
    .filter(
      (c): c is { weight: number; unknown?: boolean } =>
        typeof (c as { weight?: unknown } | null)?.weight === "number",
    );
  return matchCoverage(categories);
}

export function toResultView(result: MatchResultRecord): MatchResultView {
  return {
    rank: result.rank,
    resumeId: result.resumeId,
    name: result.candidateName,
    filename: result.filename,
    score: Math.round(result.score * 10) / 10,
    coverage: storedCoverage(result.breakdown),
    breakdown: result.breakdown,
    missingMustHaves: missingMustHaves(result.breakdown),
    verdict: result.verdict,
    ...(result.analysis === null
      ? {}
      : isFailedAnalysis(result.analysis)
        ? {
            analysisError: result.analysis.reason,
            analysisErrorCode: result.analysis.code ?? genericFailureCodes.stepFailed,
          }
        : { analysis: result.analysis }),
  };
}

export function withResults(session: MatchSession, page: Page<MatchResultRecord>): MatchSessionWithResults {
  return { ...toSessionView(session), results: page.items.map(toResultView), nextCursor: page.nextCursor };
}

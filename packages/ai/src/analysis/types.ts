import type { CreativeJobV1, JobCardV1, MatchAnalysisV1, MatchResult, ResumeCardV1 } from "@futodama/core";
import type { ModelCallListener } from "../model-call";

/**
 * The step-2 port: one candidate, one job, the CV's text and the step-1 result in; a
 * match-analysis-v1 out. The OpenAI provider asks a model; the rules provider explains step 1.
 */
export interface MatchAnalyzer {
  readonly name: "openai" | "rules";
  readonly model: string | null;
  analyze(
    job: JobCardV1 | CreativeJobV1,
    resume: ResumeCardV1,
    resumeText: string,
    step1: MatchResult,
    /** Told of each model call made for this analysis (none by the rules provider). */
    onCall?: ModelCallListener,
  ): Promise<MatchAnalysisV1>;
}

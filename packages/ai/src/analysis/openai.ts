import { createHash } from "node:crypto";
import {
  analysisScoreBand,
  boundAnalysisScore,
  type MatchAnalysisV1,
  MatchAnalysisV1Schema,
  verdictForScore,
} from "@futodama/core";
import { cacheKey } from "../cache";
import { EvidenceChecker } from "../extraction/verify";
import { fenceDocument } from "../guard";
import { verdictOf } from "../model-call";
import { type StructuredProviderOptions, structuredProvider } from "../openai/structured";
import { prompts } from "../prompts";
import { type AnalysisAnswer, AnalysisAnswerSchema } from "./answer";
import { jobContext, step1Context } from "./context";
import { injectionNotes, screenCv } from "./guard";
import type { MatchAnalyzer } from "./types";

/**
 * The step-2 analyser's setup. Its client does not retry (default 0): a 429/5xx surfaces as
 * TransientError and the workflow retries with backoff. The CV is cut to 30,000 characters.
 */
export type OpenAiAnalyzerOptions = StructuredProviderOptions;

const sha = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

export function openAiAnalyzer(options: OpenAiAnalyzerOptions): MatchAnalyzer {
  const provider = structuredProvider(options, { maxRetries: 0, maxChars: 30_000 });
  const { model, maxChars } = provider;
  const prompt = prompts.analysis;

  return {
    name: "openai",
    model,
    async analyze(job, resume, resumeText, step1, onCall): Promise<MatchAnalysisV1> {
      const screened = screenCv(resumeText.slice(0, maxChars));
      // Keyed by what determines the answer; the screening, quote check and bounds run on every call.
      const key = cacheKey(["match-analysis", model, prompt.version, sha(job), sha(resume), step1.score]);
      const user = [
        prompt.instructions,
        jobContext(job),
        step1Context(step1),
        fenceDocument(screened.text),
      ].join("\n\n");
      const asked = await provider.ask({
        prompt,
        schema: AnalysisAnswerSchema,
        name: "match_analysis",
        key,
        user,
        refusal: "The AI service refused to analyse this candidate",
        kind: "analysis",
        onCall,
      });
      const answer: AnalysisAnswer = asked.answer;

      const checker = new EvidenceChecker(screened.text);
      const evidence = answer.evidence.filter((e) => checker.quoted(e.quote));
      const dropped = answer.evidence.length - evidence.length;
      // The step-2 evidence check is this analysis' verifier: quotes not in the CV are dropped.
      onCall?.({ ...asked.call, verdict: verdictOf(answer.evidence.length, dropped) });
      const injection = screened.found.length > 0 || answer.injection_suspected;
      const bounded = boundAnalysisScore(answer.score, step1.score, { injection });
      const notes = [...bounded.notes];
      if (dropped > 0) notes.push(`${dropped} quote(s) dropped: not found in the CV`);
      if (answer.verdict !== verdictForScore(bounded.score)) {
        notes.push(`The verdict follows the final score (the model said "${answer.verdict}")`);
      }
      const modelNotes = answer.injection_suspected
        ? answer.injection_notes.map((n) => `The model reported: ${n}`)
        : [];
      return MatchAnalysisV1Schema.parse({
        schema: "match-analysis-v1",
        score: bounded.score,
        confidence: clamp01(answer.confidence),
        verdict: verdictForScore(bounded.score),
        summary: answer.summary,
        strengths: answer.strengths,
        gaps: answer.gaps,
        risks: answer.risks,
        evidence,
        interview_questions: answer.interview_questions,
        step1_score: step1.score,
        score_band: analysisScoreBand,
        injection_detected: injection,
        injection_notes: [...injectionNotes(screened.found), ...modelNotes],
        notes,
        provider: "openai",
        model,
        prompt_version: prompt.version,
        rule_based: false,
      } satisfies MatchAnalysisV1);
    },
  };
}

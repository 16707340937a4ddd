import type {
  CreativeJobV1,
  JobCardV1,
  Normalizer,
  ResumeCardV1,
  TailorOptions,
  TailorProposal,
} from "@futodama/core";
import type { ModelCallListener } from "../model-call";

export interface TailorRequest {
  job: JobCardV1 | CreativeJobV1;
  /** The SOURCE card: every proposed path and index refers to it. */
  resume: ResumeCardV1;
  /** The CV as extracted; screened for injected instructions before a model reads it. */
  resumeText: string;
  options: TailorOptions;
  normalizer?: Normalizer | undefined;
  /** Told of each model call made for this proposal (none by the rules provider). */
  onCall?: ModelCallListener | undefined;
}

/**
 * The tailoring port: a provider PROPOSES path-addressed edits to the source card; core's
 * buildTailoredBundle applies what the rules allow and the verifier accepts, whichever provider
 * proposed them. The OpenAI provider asks a model; the rules provider works offline.
 */
export interface ResumeTailor {
  readonly name: "openai" | "rules";
  readonly model: string | null;
  propose(input: TailorRequest): Promise<TailorProposal>;
}

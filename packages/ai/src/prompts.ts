import * as z from "zod";
import jobPrompt from "../../../codex/prompts/job-extract-v1.json" with { type: "json" };
import analysisPrompt from "../../../codex/prompts/match-analysis-v1.json" with { type: "json" };
import resumePrompt from "../../../codex/prompts/resume-extract-v1.json" with { type: "json" };
import tailorPrompt from "../../../codex/prompts/resume-tailor-v1.json" with { type: "json" };

/** Prompts are codex data (bundled, so a Lambda carries them); their version keys the cache. */
const PromptSchema = z.object({
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  system: z.string().min(1),
  instructions: z.string().min(1),
});
export type Prompt = z.infer<typeof PromptSchema>;

export const prompts = {
  resume: PromptSchema.parse(resumePrompt),
  job: PromptSchema.parse(jobPrompt),
  analysis: PromptSchema.parse(analysisPrompt),
  tailor: PromptSchema.parse(tailorPrompt),
} as const;

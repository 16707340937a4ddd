import * as z from "zod";
import { tailorEditKinds } from "./resume-tailor-v1";

/**
 * What a tailoring provider proposes: edits addressed to paths of the SOURCE card (indexes as
 * in the source, whatever order other edits produce). The rules provider and the language model
 * propose in this one shape; `buildTailoredBundle` applies what the rules allow and the
 * verifier accepts, and reports the rest.
 */
export const ProposedEditSchema = z.object({
  path: z
    .string()
    .describe("summary, personal_info.headline, work_experience[0].bullets[1], skills, skills[3].name…"),
  kind: z
    .enum(tailorEditKinds)
    .describe(
      "rewrite: new wording; rename: a skill's name; reorder: a new order of a list; hide: leave a project out",
    ),
  text: z.string().nullable().describe("The new text (rewrite, rename); null otherwise"),
  order: z
    .array(z.int().min(0))
    .nullable()
    .describe("reorder: the list's source indexes in their new order; null otherwise"),
  reason: z.string().describe("Why, for the recruiter"),
  requirement: z.string().nullable().describe("The job requirement the edit serves, as the job writes it"),
});
export type ProposedEdit = z.infer<typeof ProposedEditSchema>;

export interface TailorProposal {
  edits: ProposedEdit[];
  provider: "openai" | "rules";
  model: string | null;
  prompt_version: string;
  /** The language the proposed texts are written in (null: the CV's own). */
  output_language: string | null;
  /** What a person should know about the proposal (no translation, quotes dropped…). */
  warnings: string[];
  /** The CV contained text that reads like instructions; it was treated as data. */
  injection_detected: boolean;
}

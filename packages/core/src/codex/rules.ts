import * as z from "zod";
import matchWeightsJson from "../../../../codex/rules/match-weights.json" with { type: "json" };
import seniorityJson from "../../../../codex/rules/seniority.json" with { type: "json" };
import tailoringJson from "../../../../codex/rules/tailoring.json" with { type: "json" };
import workModeJson from "../../../../codex/rules/work-mode.json" with { type: "json" };
import { seniorityLevels } from "../job/job-card-v1";

/** The shapes of the codex rules files. Files are data; these schemas keep them honest. */

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, "Expected a semantic version such as 1.0.0");
const phrases = z.array(z.string().trim().min(1)).min(1);

export const WorkModeRulesSchema = z.object({
  name: z.literal("work-mode"),
  version: semver,
  description: z.string().min(1),
  modes: z
    .array(z.object({ mode: z.enum(["hybrid", "remote", "onsite"]), synonyms: phrases }))
    .min(1)
    .describe("In priority order: the first mode with a hit wins"),
});
export type WorkModeRules = z.infer<typeof WorkModeRulesSchema>;

export const SeniorityRulesSchema = z.object({
  name: z.literal("seniority"),
  version: semver,
  description: z.string().min(1),
  levels: z
    .array(
      z.object({
        level: z.enum(seniorityLevels),
        rank: z.int().min(0),
        cues: phrases,
        years: z.object({ min: z.int().min(0), max: z.int().min(0).nullable() }).nullish(),
      }),
    )
    .min(1),
});
export type SeniorityRules = z.infer<typeof SeniorityRulesSchema>;

const weight = z.number().min(0).max(1);

export const MatchWeightsRulesSchema = z.object({
  name: z.literal("match-weights"),
  version: semver,
  description: z.string().min(1),
  weights: z.object({
    must_have: weight,
    nice_to_have: weight,
    title: weight,
    seniority: weight,
    languages: weight,
    location: weight,
    education: weight,
  }),
  related_credit: weight.describe(
    "Credit a related skill (taxonomy parent/related) earns toward a requirement",
  ),
  similarity_credit: weight.describe("Credit of a skill similar by embeddings (below related_credit)"),
  similarity_threshold: weight.describe("Cosine from which a skill is similar"),
  similar_skills: z.number().int().min(0).max(50).describe("Similar skills per requirement, at most"),
  summary_similarity_weight: weight.describe("Share of the total given to the summaries' cosine"),
  missing_must_have_factor: weight.describe("The total is multiplied by this once per missing must-have"),
});
export type MatchWeightsRules = z.infer<typeof MatchWeightsRulesSchema>;

/** A card path pattern: dotted, `[]` for any index ("work_experience[].bullets[]"). */
const pathPattern = z
  .string()
  .regex(
    /^[a-z_]+(\[\])?(\.[a-z_]+(\[\])?)*$/,
    "Expected a path pattern such as work_experience[].bullets[]",
  );

export const TailoringRulesSchema = z.object({
  name: z.literal("tailoring"),
  version: semver,
  description: z.string().min(1),
  allow: z
    .array(
      z.object({
        path: pathPattern,
        kinds: z.array(z.enum(["rewrite", "reorder", "rename", "hide"])).min(1),
        what: z.string().min(1),
      }),
    )
    .min(1)
    .describe("What may change; anything else is blocked"),
  block: z
    .array(z.object({ path: pathPattern, what: z.string().min(1) }))
    .describe("What never changes, named so a refused edit says why (a path blocks everything under it)"),
  degree_words: phrases.describe("A rewrite naming one of these the CV does not name adds a degree"),
  certification_words: phrases.describe(
    "A rewrite naming one of these the CV does not name adds a certification",
  ),
});
export type TailoringRules = z.infer<typeof TailoringRulesSchema>;

export const RulesSchemaByName = {
  "work-mode": WorkModeRulesSchema,
  seniority: SeniorityRulesSchema,
  "match-weights": MatchWeightsRulesSchema,
  tailoring: TailoringRulesSchema,
} as const;
export type RulesName = keyof typeof RulesSchemaByName;
export type RulesByName = { [N in RulesName]: z.infer<(typeof RulesSchemaByName)[N]> };

export function isRulesName(value: string): value is RulesName {
  return Object.hasOwn(RulesSchemaByName, value);
}

/**
 * The rules files bundled into the code (so a Lambda bundle carries them), validated once at
 * load. The codex loader reads the same files from disk.
 */
export const bundledRules: RulesByName = {
  "work-mode": WorkModeRulesSchema.parse(workModeJson),
  seniority: SeniorityRulesSchema.parse(seniorityJson),
  "match-weights": MatchWeightsRulesSchema.parse(matchWeightsJson),
  tailoring: TailoringRulesSchema.parse(tailoringJson),
};

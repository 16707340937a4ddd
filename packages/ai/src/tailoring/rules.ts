import { detectInjection, proposeRulesTailoring } from "@futodama/core";
import type { ResumeTailor } from "./types";

export const rulesIgnoreInstructions =
  "The rules provider does not read the recruiter's instructions: they were not used (an AI provider follows them)";

/** Offline tailoring: reorder and rename by the job's words, deterministic (core's rules). */
export function rulesTailor(): ResumeTailor {
  return {
    name: "rules",
    model: null,
    propose: async (input) => {
      const rules = proposeRulesTailoring(input.job, input.resume, input.options, input.normalizer);
      // Deterministic rules cannot follow free text: the bundle says so rather than pretend.
      const proposal = input.options.instructions
        ? { ...rules, warnings: [...rules.warnings, rulesIgnoreInstructions] }
        : rules;
      // The card may not carry every line of the CV: its text is screened too.
      return detectInjection(input.resumeText).length > 0
        ? { ...proposal, injection_detected: true }
        : proposal;
    },
  };
}

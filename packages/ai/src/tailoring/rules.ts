import { detectInjection, proposeRulesTailoring } from "@futodama/core";
import type { ResumeTailor } from "./types";

/** Offline tailoring: reorder and rename by the job's words, deterministic (core's rules). */
export function rulesTailor(): ResumeTailor {
  return {
    name: "rules",
    model: null,
    propose: async (input) => {
      const proposal = proposeRulesTailoring(input.job, input.resume, input.options, input.normalizer);
      // The card may not carry every line of the CV: its text is screened too.
      return detectInjection(input.resumeText).length > 0
        ? { ...proposal, injection_detected: true }
        : proposal;
    },
  };
}

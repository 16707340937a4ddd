import { detectInjection } from "@futodama/core";
import { type AnyJobCard, type CardEnhancer, withWarnings } from "./provider";

const injectionWarning = (text: string) =>
  detectInjection(text).map(
    (m) => `The document contains text that reads like instructions ("${m}"); it was treated as data`,
  );

/** The offline provider: the deterministic card as it is, plus what a person should know. */
export function rulesEnhancer(): CardEnhancer {
  return {
    name: "rules",
    model: null,
    enhanceResume: async (card, text) => withWarnings(card, injectionWarning(text)),
    enhanceJob: async <C extends AnyJobCard>(card: C, text: string) =>
      withWarnings(card, injectionWarning(text)),
  };
}

export { injectionWarning };

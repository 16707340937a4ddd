import { createAnalyzer, createCardEnhancer, createTailor } from "@futodama/ai";
import type { Capability } from "../deps";

/*
 * The AI providers, one capability each: OpenAI when a key is configured, else the offline
 * rules provider. A function names only the one its step uses.
 */

/** Document understanding (Normalize). */
export const enhancer: Capability = ({ ai }) => ({ enhancer: createCardEnhancer(ai) });

/** Step-2 analysis (AnalyzeCandidate). */
export const analyzer: Capability = ({ ai }) => ({
  analyzer: createAnalyzer({ openaiApiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model }),
});

/** Tailoring proposals (Tailor). */
export const tailor: Capability = ({ ai }) => ({
  tailor: createTailor({ openaiApiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model }),
});

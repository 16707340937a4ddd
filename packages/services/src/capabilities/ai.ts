import {
  createAnalyzer,
  createCardEnhancer,
  createEmbedder,
  createTailor,
  tailorProviderName,
} from "@futodama/ai";
import { InternalError } from "@futodama/core";
import type { Capability } from "../deps";

/*
 * The AI providers, one capability each: OpenAI when a key is configured, else the offline
 * rules provider. A function names only the one its step uses.
 */

/** Document understanding (Normalize). */
export const enhancer: Capability = ({ ai }) => ({ enhancer: createCardEnhancer(ai) });

/** Embeddings of skills and summaries (Normalize; issue 14): none without a key. */
export const embedder: Capability = ({ ai }) => ({ embedder: createEmbedder(ai) });

/** Step-2 analysis (AnalyzeCandidate). */
export const analyzer: Capability = ({ ai }) => ({
  analyzer: createAnalyzer({ openaiApiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model }),
});

/** Tailoring proposals (Tailor). */
export const tailor: Capability = ({ ai }) => ({
  tailor: createTailor({ openaiApiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model }),
});

/**
 * Which provider will tailor, without the provider (the tailoring API records it on the
 * tailoring it queues; the Tailor step proposes). Keeps the OpenAI client out of that bundle.
 */
export const tailorName: Capability = ({ ai }) => ({
  tailor: {
    name: tailorProviderName(ai),
    model: null,
    propose: () =>
      Promise.reject(
        new InternalError(
          "deps.not_built",
          "This function only names the tailoring provider; the Tailor step proposes",
        ),
      ),
  },
});

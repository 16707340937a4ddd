import { TransientError, UpstreamError } from "@futodama/core";
import OpenAI from "openai";

/** Rate limits, server errors and timeouts are worth a retry (the workflow retries TransientError). */
export function mapOpenAiError(error: unknown): Error {
  if (error instanceof OpenAI.APIConnectionError) {
    return new TransientError("ai.unavailable", "The AI service did not answer (timeout or connection)", {
      cause: error,
    });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    if (status === 429 || status >= 500 || status === 0) {
      return new TransientError(
        "ai.unavailable",
        `The AI service is busy or unreachable (${status || "no answer"})`,
        {
          cause: error,
        },
      );
    }
    return new UpstreamError("ai.rejected", `The AI service rejected the request (${status})`, {
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

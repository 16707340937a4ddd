import { LambdaClient } from "@aws-sdk/client-lambda";
import type { MatchShardAnswer } from "@futodama/core";
import type { Capability } from "../deps";
import { clientOptions } from "./aws-endpoints";
import { invokeJson } from "./invoke-json";

/**
 * Step 1 of a sharded tenant, one shard at a time, by invoking the shard function
 * (MatchShardTask, MATCH_SHARD_FUNCTION_NAME) synchronously. Locally the Lambda endpoint is the
 * runtime's own, which calls the same handler in-process; in the artifact tier it runs the
 * MatchShardTask artifact. Without a function name nothing is built, and a sharded tenant's
 * step 1 says so (match/fan-out.ts).
 */
export const matchShards: Capability = (settings) => {
  const functionName = settings.matchShardFunctionName;
  if (!functionName) return {};
  const lambda = new LambdaClient(clientOptions(settings.region, settings.lambdaEndpoint));
  return {
    matchShards: async (request) => {
      const answer = await invokeJson(lambda, functionName, request);
      if (!answer.ok) {
        // Lambda's own error body: { errorType, errorMessage } (the handler threw, or timed out).
        const { errorType, errorMessage } = (JSON.parse(answer.body || "{}") ?? {}) as Record<
          string,
          unknown
        >;
        throw new Error(
          `${functionName} failed (${answer.functionError}): ${String(errorType)}: ${String(errorMessage)}`,
        );
      }
      return answer.value as MatchShardAnswer;
    },
  };
};

import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import type { MatchShardAnswer } from "@futodama/core";
import type { Capability } from "../deps";
import { clientOptions } from "./aws-endpoints";

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
      const out = await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          Payload: new TextEncoder().encode(JSON.stringify(request)),
        }),
      );
      const payload = out.Payload ? new TextDecoder().decode(out.Payload) : "";
      if (out.FunctionError) {
        // Lambda's own error body: { errorType, errorMessage } (the handler threw, or timed out).
        const { errorType, errorMessage } = (JSON.parse(payload || "{}") ?? {}) as Record<string, unknown>;
        throw new Error(
          `${functionName} failed (${out.FunctionError}): ${String(errorType)}: ${String(errorMessage)}`,
        );
      }
      return JSON.parse(payload) as MatchShardAnswer;
    },
  };
};

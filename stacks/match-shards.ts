import { type EnvironmentSources, functionArgs } from "./env";
import { matchShardFunction } from "./functions";

/**
 * Issue 14: the shard step-1 function, from its row of the function table. Made before the
 * functions that invoke it (ApiMatch, MatchTask, RematchJobTask), which get its name and
 * `lambda:InvokeFunction` on it alone.
 */
export function createMatchShards(sources: EnvironmentSources) {
  const fn = new sst.aws.Function(matchShardFunction.name, functionArgs(matchShardFunction, sources));
  return { function: fn };
}

import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { answerShardRequest } from "@futodama/services/match";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

/**
 * One shard of a sharded tenant's step 1 (invoked by the functions that run step 1, once per
 * shard): its top k for the job query, and the explanation of the ids asked for.
 */
export const handler = taskHandler("MatchShard", answerShardRequest, dependencies(storage, s3));

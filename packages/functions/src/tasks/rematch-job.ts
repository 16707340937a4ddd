import { matchShards } from "@futodama/services/capabilities/match-shards";
import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { rematchJobStep } from "@futodama/services/rematch";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

/** One Rematch Map iteration: step 1 for a job, replacing its live ranking. */
export const handler = taskHandler("MatchStep1", rematchJobStep, dependencies(storage, s3, matchShards));

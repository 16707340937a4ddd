import { matchShards } from "@futodama/services/capabilities/match-shards";
import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { matchDocumentStep } from "@futodama/services/rematch";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

/** DocumentIngest's Match step: a new CV into every open job's live ranking, or a new job ranked. */
export const handler = taskHandler("Match", matchDocumentStep, dependencies(storage, s3, matchShards));

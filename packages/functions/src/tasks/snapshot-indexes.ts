import { s3 } from "@futodama/services/capabilities/s3";
import { storage } from "@futodama/services/capabilities/storage";
import { snapshotIndexesStep } from "@futodama/services/rematch";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

/** Rematch's first step: each tenant's candidate index snapshot rewritten in the uploads bucket. */
export const handler = taskHandler("SnapshotIndexes", snapshotIndexesStep, dependencies(storage, s3));

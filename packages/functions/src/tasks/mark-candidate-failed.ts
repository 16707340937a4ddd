import { storage } from "@futodama/services/capabilities/storage";
import { markCandidateFailed } from "@futodama/services/deep-dive";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("RecordCandidateFailed", markCandidateFailed, dependencies(storage));

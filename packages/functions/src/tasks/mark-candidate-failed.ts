import { markCandidateFailed } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("RecordCandidateFailed", markCandidateFailed);

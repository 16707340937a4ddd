import { finishDeepDiveStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("FinishDeepDive", finishDeepDiveStep);

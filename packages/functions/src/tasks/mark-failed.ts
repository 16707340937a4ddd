import { markFailedStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("MarkFailed", markFailedStep);

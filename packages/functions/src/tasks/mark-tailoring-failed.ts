import { markTailoringFailed } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("MarkTailoringFailed", markTailoringFailed);

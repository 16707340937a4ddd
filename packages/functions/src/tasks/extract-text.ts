import { extractTextStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("ExtractText", extractTextStep);

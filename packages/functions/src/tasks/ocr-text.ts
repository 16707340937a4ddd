import { ocrTextStep } from "@futodama/services";
import { taskHandler } from "./task";

export const handler = taskHandler("OcrText", ocrTextStep);

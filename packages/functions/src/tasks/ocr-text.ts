import { ocr } from "@futodama/services/capabilities/ocr";
import { s3 } from "@futodama/services/capabilities/s3";
import { ocrTextStep } from "@futodama/services/document/ingest-steps";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

export const handler = taskHandler("OcrText", ocrTextStep, dependencies(s3, ocr));

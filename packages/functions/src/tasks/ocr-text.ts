import { ocr } from "@futodama/services/capabilities/ocr";
import { s3 } from "@futodama/services/capabilities/s3";
import { ocrTextStep } from "@futodama/services/document/ingest-steps";
import { answerVisionRequest, isVisionRequest } from "@futodama/services/document/vision-request";
import { dependencies } from "../deps";
import { taskHandler } from "./task";

const deps = dependencies(s3, ocr);
const step = taskHandler("OcrText", ocrTextStep, deps);

/**
 * DocumentIngest's OCR step (an object in S3 → its text), and the reader ApiVision invokes with
 * a file in the event (services/document/vision-request.ts): the one function carrying OCR.
 */
export const handler = async (event: unknown) =>
  isVisionRequest(event)
    ? answerVisionRequest(await deps(), event)
    : step(event as Parameters<typeof ocrTextStep>[1]);

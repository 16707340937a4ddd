import { LambdaClient } from "@aws-sdk/client-lambda";
import { InternalError, UpstreamError } from "@futodama/core";
import type { Capability } from "../deps";
import { type VisionResponse, visionRequest, visionResult } from "../document/vision-request";
import { clientOptions } from "./aws-endpoints";
import { invokeJson } from "./invoke-json";

/**
 * Reading images and scans by invoking the OCR function (OcrTextTask, which carries tesseract,
 * its language data and the canvas): ApiVision names this instead of `ocr`, so its artifact
 * stays small. Locally the Lambda endpoint is the runtime's own, which calls the same handler
 * in-process; in the artifact tier it runs OcrTextTask's artifact.
 */
export const ocrFunction: Capability = (settings) => {
  const lambda = new LambdaClient(clientOptions(settings.region, settings.lambdaEndpoint));
  return {
    readScan: async (bytes, filename) => {
      const functionName = settings.ocrFunctionName;
      if (!functionName) {
        throw new InternalError("config.missing", "OCR_FUNCTION_NAME is not set: no function reads scans");
      }
      const answer = await invokeJson(lambda, functionName, visionRequest(bytes, filename));
      if (!answer.ok) {
        throw new UpstreamError("vision.ocr_failed", "The OCR function failed to read the file", {
          details: { functionError: answer.functionError },
          cause: answer.body,
        });
      }
      return visionResult(answer.value as VisionResponse);
    },
  };
};

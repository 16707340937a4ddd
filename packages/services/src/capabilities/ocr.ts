import { openAiVisionOcr } from "@futodama/ai";
import { documentOcr } from "@futodama/documents/ocr";
import { countModelCall } from "../audit/record";
import type { Capability } from "../deps";

/**
 * Reading scans: OpenAI vision when a key is configured, otherwise offline tesseract. Either
 * way PDF pages and GIF/WebP images are drawn with @napi-rs/canvas first. Only OcrTextTask and
 * ApiVision name it (stacks/functions.ts gives them the "ocr" data: tesseract, its languages
 * and the canvas, installed next to the bundle).
 */
export const ocr: Capability = ({ ai }) => ({
  ocr: documentOcr(
    ai.openaiApiKey
      ? openAiVisionOcr({
          apiKey: ai.openaiApiKey,
          baseURL: ai.openaiBaseUrl,
          model: ai.model,
          onCall: countModelCall,
        })
      : undefined,
  ),
});

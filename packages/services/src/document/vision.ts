import { extractDocument } from "@futodama/documents";
import type { ServiceDeps } from "../deps";

export interface VisionResult {
  text: string;
  pages: number;
  language: string | null;
  method: string;
  provider: string;
  warnings: string[];
}

/**
 * Reads an image or a scanned PDF now (no workflow, nothing stored): OCR through the configured
 * provider, within the extraction limits (size, OCR pages, time).
 */
export async function extractWithVision(
  deps: ServiceDeps,
  bytes: Uint8Array,
  filename: string,
): Promise<VisionResult> {
  const doc = await extractDocument(bytes, {
    filename,
    ocr: deps.ocr ?? false,
    limits: { maxBytes: deps.limits.maxUploadBytes, timeoutMs: 25_000 },
  });
  const provider = deps.ocr?.provider.name ?? "none";
  return {
    text: doc.text,
    pages: doc.pages,
    language: doc.language,
    method: doc.method,
    provider: doc.method === "ocr" ? provider : "text-layer",
    warnings: doc.warnings,
  };
}

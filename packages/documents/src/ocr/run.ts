import type { DraftLine } from "../types";
import { cleanLine } from "../types";
import type { OcrLine, OcrProvider, OcrResult } from "./provider";

const MIN_LINE_CONFIDENCE = 0.35;
const LOW_CONFIDENCE = 0.6;

export interface OcrPage {
  lines: DraftLine[];
  confidence: number;
}

/**
 * OCR output → lines. Lines the engine itself doubts (below 35 %) or that hold no letter or
 * digit are dropped rather than passed on: noise must not become a "skill".
 */
export function ocrLines(result: OcrResult, page: number, scale = 1): OcrPage {
  const source: OcrLine[] =
    result.lines ?? result.text.split("\n").map((text) => ({ text, confidence: result.confidence }));
  const lines: DraftLine[] = [];
  for (const line of source) {
    const text = cleanLine(line.text).trim();
    if (text === "" || line.confidence < MIN_LINE_CONFIDENCE || !/[\p{L}\p{N}]/u.test(text)) continue;
    const box = line.bbox;
    lines.push({
      text,
      page,
      ...(box ? { x: Math.round(box.x0 / scale), y: Math.round(box.y0 / scale) } : {}),
    });
  }
  return { lines, confidence: result.confidence };
}

export async function recognizePage(
  ocr: OcrProvider,
  image: Uint8Array,
  page: number,
  signal: AbortSignal,
  scale = 1,
): Promise<OcrPage> {
  return ocrLines(await ocr.recognize(image, { signal }), page, scale);
}

export function lowConfidenceWarning(pages: OcrPage[]): string[] {
  const read = pages.filter((p) => p.lines.length > 0);
  if (read.length === 0) return [];
  const mean = read.reduce((sum, p) => sum + p.confidence, 0) / read.length;
  return mean < LOW_CONFIDENCE
    ? [
        `The text was read by OCR with low confidence (${Math.round(mean * 100)} %); check it, or upload a text PDF or DOCX`,
      ]
    : [];
}

/** One recognised line, with its box in image pixels when the engine gives one. */
export interface OcrLine {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox?: { x0: number; y0: number; x1: number; y1: number };
}

export interface OcrResult {
  text: string;
  /** 0..1, for the whole image. */
  confidence: number;
  lines?: OcrLine[];
}

export interface OcrOptions {
  /** Tesseract codes ("eng", "dan", "ara"); providers may ignore them. */
  languages?: string[];
  signal?: AbortSignal;
}

/**
 * Anything that turns an image (PNG/JPEG bytes) into text: the offline tesseract default, or
 * a vision model plugged in later. It must never invent text: an unreadable image gives "".
 */
export interface OcrProvider {
  readonly name: string;
  recognize(image: Uint8Array, options?: OcrOptions): Promise<OcrResult>;
}

import { InputError, TooLargeError } from "@futodama/core";
import type { ExtractionLimits } from "../limits";

/** Width × height from the PNG IHDR or the JPEG SOF marker, without decoding anything. */
export function imageSize(bytes: Uint8Array, mime: string): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === "image/png") {
    if (bytes.length < 24) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (mime === "image/jpeg") {
    let pos = 2;
    while (pos + 9 < bytes.length) {
      if (bytes[pos] !== 0xff) return null;
      const marker = bytes[pos + 1] ?? 0;
      const length = view.getUint16(pos + 2);
      const isFrame =
        marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return { height: view.getUint16(pos + 5), width: view.getUint16(pos + 7) };
      pos += 2 + length;
    }
  }
  return null;
}

/** An image must have a readable header and a sane pixel count before anything decodes it. */
export function assertImageWithinLimits(bytes: Uint8Array, mime: string, limits: ExtractionLimits): void {
  if (mime !== "image/png" && mime !== "image/jpeg") return;
  const size = imageSize(bytes, mime);
  if (size === null || size.width === 0 || size.height === 0) {
    throw new InputError(
      "document.corrupt",
      "The image is damaged and cannot be read; export it again (PNG or JPEG) and re-upload",
    );
  }
  const pixels = size.width * size.height;
  if (pixels > limits.maxImagePixels) {
    throw new TooLargeError(
      "document.image_too_large",
      `The image is ${size.width}×${size.height} pixels; the limit is ${Math.round(limits.maxImagePixels / 1e6)} megapixels. Scale it down or upload a PDF`,
      { details: { ...size, limitPixels: limits.maxImagePixels } },
    );
  }
}

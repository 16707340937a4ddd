import { AppError, type ErrorKind, errorKinds, isAppError } from "@futodama/core";
import type { ServiceDeps } from "../deps";
import { extractWithVision, type VisionResult } from "./vision";

/*
 * The wire format of ApiVision → OcrTextTask (Lambda Invoke): the file travels in the event
 * (a multipart upload is at most 4.5 MB, 6 MB as base64: what one synchronous invoke carries),
 * and the answer is the reading or the typed error it ended with, so that the API answers the
 * same 4xx as if it had read the file itself. Both sides use this module.
 */

export interface VisionRequest {
  vision: { filename: string; bytesBase64: string };
}

export type VisionResponse =
  | { result: VisionResult }
  | { error: { kind: ErrorKind; code: string; message: string; details?: unknown } };

export function visionRequest(bytes: Uint8Array, filename: string): VisionRequest {
  return { vision: { filename, bytesBase64: Buffer.from(bytes).toString("base64") } };
}

export function isVisionRequest(event: unknown): event is VisionRequest {
  const vision = (event as Partial<VisionRequest> | null)?.vision;
  return typeof vision?.filename === "string" && typeof vision.bytesBase64 === "string";
}

/** The invoked side: reads the file now; a typed failure is an answer, anything else a crash. */
export async function answerVisionRequest(
  deps: ServiceDeps,
  request: VisionRequest,
): Promise<VisionResponse> {
  const { filename, bytesBase64 } = request.vision;
  try {
    return { result: await extractWithVision(deps, Buffer.from(bytesBase64, "base64"), filename) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const { kind, code, message, details } = error;
    return { error: { kind, code, message, ...(details === undefined ? {} : { details }) } };
  }
}

/** The invoking side: the reading, or the invoked side's typed error thrown again here. */
export function visionResult(response: VisionResponse): VisionResult {
  if ("result" in response) return response.result;
  const { kind, code, message, details } = response.error;
  const known = errorKinds.includes(kind) ? kind : "internal";
  throw new AppError(known, code, message, details === undefined ? {} : { details });
}

import { AppError } from "@futodama/core";
import { describe, expect, it } from "vitest";
import type { ServiceDeps } from "../src/deps";
import {
  answerVisionRequest,
  isVisionRequest,
  visionRequest,
  visionResult,
} from "../src/document/vision-request";

/*
 * ApiVision → OcrTextTask: the file travels in the event and the answer carries the reading or
 * the typed error, so the API answers the codes it answered when it read files itself.
 */
const deps = { limits: { maxUploadBytes: 10 * 1024 * 1024, presignTtlSeconds: 900 } } as ServiceDeps;

describe("the vision request between ApiVision and OcrTextTask", () => {
  it("carries the file's bytes and name, and is told apart from a DocumentIngest state", () => {
    const request = visionRequest(new TextEncoder().encode("Ada Lovelace\nEngineer"), "cv.txt");
    expect(isVisionRequest(JSON.parse(JSON.stringify(request)))).toBe(true);
    expect(isVisionRequest({ tenantId: "t", documentId: "d", bucket: "b", key: "k" })).toBe(false);
    expect(isVisionRequest(null)).toBe(false);
  });

  it("answers with the reading", async () => {
    const request = visionRequest(new TextEncoder().encode("Ada Lovelace\nEngineer"), "cv.txt");
    const result = visionResult(await answerVisionRequest(deps, request));
    expect(result.text).toContain("Ada Lovelace");
    expect(result.provider).toBe("text-layer");
  });

  it("hands the invoked side's typed error back as the same kind and code", async () => {
    const request = visionRequest(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), "program.exe");
    const response = await answerVisionRequest(deps, request);
    expect(response).toMatchObject({ error: { kind: expect.any(String), code: expect.any(String) } });
    let thrown: unknown;
    try {
      visionResult(JSON.parse(JSON.stringify(response)));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const { error } = response as { error: { kind: string; code: string } };
    expect(thrown).toMatchObject({ kind: error.kind, code: error.code });
    expect((thrown as AppError).status).toBeGreaterThanOrEqual(400);
    expect((thrown as AppError).status).toBeLessThan(500);
  });
});

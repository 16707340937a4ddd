import { crc32, deflateSync } from "node:zlib";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { type DocumentOcr, defaultExtractionLimits, scanTimeoutMs } from "@futodama/documents";
import { documentIngestTaskTimeouts } from "@futodama/workflow";
import { describe, expect, it } from "vitest";
import type { ServiceDeps } from "../src/deps";
import { ocrTextStep } from "../src/document/ingest-steps";
import { readJson } from "../src/shared/s3";
import { useSnapshotWorld } from "./snapshot-world";

/*
 * DocumentIngest's OcrText step against the fauxqs S3 emulator, with an OCR engine as slow as a
 * vision model reading a few pages: the scan is read within a scan's deadline, not failed
 * as "too complex" at a text document's extraction deadline.
 */
const world = useSnapshotWorld();

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A white 8×8 PNG: the engine below reads nothing from it. */
function blankPng(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc(8 * 9, 0xff);
  for (let y = 0; y < 8; y++) rows[y * 9] = 0; // each row: filter byte 0, then its pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Answers after `ms`, or gives up when the reader's deadline aborts it. */
function slowOcr(ms: number): DocumentOcr {
  return {
    provider: {
      name: "slow-vision",
      recognize: (_image, options) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(
            () => resolve({ text: "Maria Scanlon\nmaria.scanlon@example.com", confidence: 0.95 }),
            ms,
          );
          options?.signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            reject(options.signal?.reason);
          });
        }),
    },
    toPng: async (image) => image,
    renderPdfPage: async () => {
      throw new Error("no PDF in this test");
    },
  };
}

describe("the OcrText step", () => {
  it("reads a scan that takes longer than a text document's extraction deadline", async () => {
    const key = "tenant-1/uploads/scan.png";
    await world.s3.send(new PutObjectCommand({ Bucket: "uploads", Key: key, Body: blankPng() }));
    const deps = {
      s3: world.s3,
      buckets: { uploads: "uploads", drops: "drops" },
      limits: { maxUploadBytes: 10 * 1024 * 1024, presignTtlSeconds: 900 },
      ocr: slowOcr(defaultExtractionLimits.timeoutMs + 1_000),
    } as unknown as ServiceDeps;
    const state = {
      tenantId: "tenant-1",
      documentId: "doc-1",
      kind: "resume" as const,
      bucket: "uploads",
      key,
    };

    const out = await ocrTextStep(deps, {
      ...state,
      textKey: "",
      chars: 0,
      mime: "image/png",
      needsOcr: true,
    });

    expect(out).toMatchObject({ mime: "image/png", needsOcr: false });
    const doc = (await readJson(world.s3, "uploads", out.textKey)) as { text: string; method: string };
    expect(doc).toMatchObject({ method: "ocr" });
    expect(doc.text).toContain("maria.scanlon@example.com");
  }, 60_000);

  it("stops a scan before its Lambda does, so the failure is a document.timeout a person can read", () => {
    expect(scanTimeoutMs).toBeGreaterThan(defaultExtractionLimits.timeoutMs);
    expect(documentIngestTaskTimeouts.ocrText * 1000).toBeGreaterThanOrEqual(scanTimeoutMs + 60_000);
  });
});

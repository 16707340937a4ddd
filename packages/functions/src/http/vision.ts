import { ocrFunction } from "@futodama/services/capabilities/ocr-function";
import { storage } from "@futodama/services/capabilities/storage";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";
import { handles } from "./typed-handler";

/**
 * Lambda entry: reading images and scans on demand. The reading itself runs in OcrTextTask
 * (invoked with the file), which carries the OCR engine; this handler carries none.
 */
export const handler = createDomainHandler(
  "vision",
  {
    visionExtract: handles({}, async ({ file, deps }) => {
      const { readScan } = await deps();
      if (readScan === undefined) throw new Error("ocrFunction did not build readScan");
      // The router reads a multipart route's file before the handler runs (or answers 400).
      if (!file) throw new Error("multipart route without a file");
      return { status: 200, body: await readScan(file.bytes, file.filename) };
    }),
  },
  // The database only for its rate limit (issue 13): reading a scan is the costliest request.
  dependencies(ocrFunction, storage),
);

import { ocr } from "@futodama/services/capabilities/ocr";
import { extractWithVision } from "@futodama/services/document/vision";
import { dependencies } from "../deps";
import { createDomainHandler } from "./router";

/** Lambda entry: reading images and scans on demand. */
export const handler = createDomainHandler(
  "vision",
  {
    visionExtract: async ({ file, deps }) => ({
      status: 200,
      body: await extractWithVision(await deps(), file!.bytes, file!.filename),
    }),
  },
  dependencies(ocr),
);

import { extractWithVision } from "@futodama/services";
import { createDomainHandler } from "./router";

/** Lambda entry: reading images and scans on demand. */
export const handler = createDomainHandler("vision", {
  visionExtract: async ({ file, deps }) => ({
    status: 200,
    body: await extractWithVision(await deps(), file!.bytes, file!.filename),
  }),
});

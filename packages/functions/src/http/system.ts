import type { z } from "zod";
import { docsAsset, docsPage } from "./docs-page";
import { openApiDocument } from "./openapi";
import { createDomainHandler } from "./router";
import type { DocsAssetParamsSchema } from "./schemas";

/** Lambda entry: health, version and the API's own documentation. */
export const handler = createDomainHandler("system", {
  health: async () => ({ status: 200, body: { status: "ok" } }),
  version: async ({ config }) => ({
    status: 200,
    body: { env: config.STAGE, ...(config.COMMIT_SHA ? { commit: config.COMMIT_SHA } : {}) },
  }),
  openapi: async ({ config }) => ({ status: 200, body: openApiDocument(config.COMMIT_SHA ?? "0.1.0") }),
  docs: async () => ({
    status: 200,
    text: docsPage,
    headers: { "content-type": "text/html; charset=utf-8" },
  }),
  docsAsset: async ({ params }) => {
    const asset = await docsAsset((params as z.infer<typeof DocsAssetParamsSchema>).file);
    return {
      status: 200,
      text: asset.text,
      // Versioned with the deployment: browsers may keep them for a day.
      headers: { "content-type": asset.type, "cache-control": "public, max-age=86400" },
    };
  },
});

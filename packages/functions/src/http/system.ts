import { docsAsset, docsPage } from "./docs-page";
import { openApiDocument } from "./openapi";
import { createDomainHandler } from "./router";
import { DocsAssetParamsSchema } from "./schemas";
import { handles } from "./typed-handler";

/** Lambda entry: health, version and the API's own documentation. */
export const handler = createDomainHandler("system", {
  health: handles({}, async () => ({ status: 200, body: { status: "ok" } })),
  version: handles({}, async ({ config }) => ({
    status: 200,
    body: { env: config.STAGE, ...(config.COMMIT_SHA ? { commit: config.COMMIT_SHA } : {}) },
  })),
  openapi: handles({}, async ({ config }) => ({
    status: 200,
    body: openApiDocument(config.COMMIT_SHA ?? "0.1.0"),
  })),
  docs: handles({}, async () => ({
    status: 200,
    text: docsPage,
    headers: { "content-type": "text/html; charset=utf-8" },
  })),
  docsAsset: handles({ params: DocsAssetParamsSchema }, async ({ params }) => {
    const asset = await docsAsset(params.file);
    return {
      status: 200,
      text: asset.text,
      // Versioned with the deployment: browsers may keep them for a day.
      headers: { "content-type": asset.type, "cache-control": "public, max-age=86400" },
    };
  }),
});

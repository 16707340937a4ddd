import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { NotFoundError, runtimeDataPath } from "@futodama/core";

/*
 * The docs page: Swagger UI (swagger-ui-dist, a maintained renderer) served by the API itself —
 * no CDN, so it works offline and under a strict CSP. It renders /api/openapi.json with bodies,
 * schemas and "Try it out", and "Authorize" takes a bearer token.
 */

export const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FUTODAMA API</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head><body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/docs.js"></script>
</body></html>
`;

/** Starts Swagger UI on the page (a file, not an inline script, so a strict CSP can hold). */
const initScript = `window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  displayOperationId: true,
  persistAuthorization: true,
  tryItOutEnabled: false,
  defaultModelsExpandDepth: 0,
});
`;

const javascript = "application/javascript; charset=utf-8";
const css = "text/css; charset=utf-8";

/** The files the page loads: Swagger UI's own two from its npm package, and the start script. */
export const docsAssets = {
  "swagger-ui-bundle.js": { type: javascript, file: "swagger-ui-bundle.js" },
  "swagger-ui.css": { type: css, file: "swagger-ui.css" },
  "docs.js": { type: javascript, text: initScript },
} as const satisfies Record<string, { type: string; file?: string; text?: string }>;
export const docsAssetTypes = [javascript, css];

/**
 * Swagger UI's files: from its npm package in the repository, or from `docs/swagger-ui/` inside
 * a Lambda package (runtime data: see docs/infrastructure.md).
 */
const swaggerUiDir = () =>
  runtimeDataPath("docs/swagger-ui", new URL("../../node_modules/swagger-ui-dist/", import.meta.url));

const cache = new Map<string, string>();

export async function docsAsset(name: string): Promise<{ type: string; text: string }> {
  if (!Object.hasOwn(docsAssets, name)) {
    throw new NotFoundError("docs.asset_not_found", `The docs page has no asset named "${name}"`);
  }
  const asset: { type: string; file?: string; text?: string } = docsAssets[name as keyof typeof docsAssets];
  if (asset.text !== undefined) return { type: asset.type, text: asset.text };
  let text = cache.get(name);
  if (text === undefined) {
    text = await readFile(join(swaggerUiDir(), asset.file ?? name), "utf8");
    cache.set(name, text);
  }
  return { type: asset.type, text };
}

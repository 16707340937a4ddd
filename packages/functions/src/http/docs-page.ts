import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { NotFoundError, runtimeDataPath } from "@futodama/core";
import { docsAssets } from "./docs-assets";

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

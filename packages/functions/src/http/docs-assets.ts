/* The files the docs page loads (the route table lists their types; docs-page.ts serves them). */

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

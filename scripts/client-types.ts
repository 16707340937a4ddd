import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "../packages/functions/src/http/openapi";

/** Where the typed client's generated types live (committed; a test fails when they drift). */
export const clientTypesPath = new URL("../packages/client/src/openapi.ts", import.meta.url);

const header = `/**
 * Generated from the OpenAPI document (GET /api/openapi.json) by openapi-typescript with its
 * default options. Do not edit: run \`pnpm client:generate\`.
 */

`;

/** The client's types, as openapi-typescript renders the current document. */
export async function renderClientTypes(): Promise<string> {
  // The document as served, JSON round-tripped so that generator sees exactly what a client fetches.
  const doc = JSON.parse(JSON.stringify(openApiDocument("0.1.0")));
  return header + astToString(await openapiTS(doc));
}

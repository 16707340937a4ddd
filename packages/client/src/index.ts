import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./openapi";

export type { components, operations, paths };
/** A named schema of the API, e.g. `Schema<"ResumeRecord">` or `Schema<"resume-card-v1">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export type FutodamaClient = Client<paths>;

export interface FutodamaClientOptions {
  /** Where the API is, e.g. http://localhost:3000 (no trailing /api). */
  baseUrl: string;
  /** A bearer token, or a function giving the current one (refreshed tokens). */
  token?: string | (() => string | Promise<string>);
  fetch?: typeof globalThis.fetch;
}

/**
 * The typed FUTODAMA client: openapi-fetch over the types generated from the OpenAPI document,
 * so paths, parameters, bodies and every response (errors included) are checked by TypeScript.
 */
export function createFutodamaClient(options: FutodamaClientOptions): FutodamaClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { token } = options;
  if (token !== undefined) {
    const auth: Middleware = {
      async onRequest({ request }) {
        const value = typeof token === "function" ? await token() : token;
        request.headers.set("authorization", `Bearer ${value}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

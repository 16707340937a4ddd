import type { IncomingMessage, ServerResponse } from "node:http";

/*
 * CORS as API Gateway answers it for the deployed API (stacks/api.ts), for the local server:
 * preflights answered at the gateway, allowed origins echoed, everything else left without
 * CORS headers so the browser refuses. The defaults are stacks/cors.ts's (a test keeps the
 * two lists equal: the local runtime cannot import the stacks).
 */

/** The dev origins allowed when `CORS_ORIGINS` is unset: a Vite dev server and the local API. */
export const defaultCorsOrigins = ["http://localhost:5173", "http://localhost:3000"];

export function corsOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const configured = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  return configured.length > 0 ? configured : defaultCorsOrigins;
}

const allowMethods = "GET,POST,PATCH,PUT,DELETE,OPTIONS";
const allowHeaders = "authorization,content-type";
const exposeHeaders = "location,retry-after,content-disposition";
const maxAgeSeconds = "3600";

/** The CORS headers for an answer to this request: none unless its origin is allowed. */
export function corsHeaders(req: IncomingMessage, allowed: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !allowed.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-expose-headers": exposeHeaders,
    vary: "Origin",
  };
}

/** Answers a CORS preflight (OPTIONS with Access-Control-Request-Method); false if it is not one. */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: readonly string[],
): boolean {
  if (req.method !== "OPTIONS" || !req.headers["access-control-request-method"]) return false;
  const origin = req.headers.origin;
  const headers: Record<string, string> =
    origin && allowed.includes(origin)
      ? {
          "access-control-allow-origin": origin,
          "access-control-allow-methods": allowMethods,
          "access-control-allow-headers": allowHeaders,
          "access-control-max-age": maxAgeSeconds,
          vary: "Origin",
        }
      : { vary: "Origin" };
  res.writeHead(204, headers);
  res.end();
  return true;
}

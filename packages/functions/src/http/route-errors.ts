import type { RouteDef, RouteResponse } from "./route-types";
import { ErrorBodySchema } from "./schemas";

/** An error response of a route: always the `{error, code, details?}` body. */
export const error = (description: string): RouteResponse => ({ description, schema: ErrorBodySchema });

/** What every route with a token can answer: no valid token, or a role below the route's. */
export const authErrors = {
  401: error("Missing, malformed or expired token: auth.*"),
  403: error("Role not allowed: auth.forbidden"),
};

/**
 * The errors the API can answer on a route whatever its domain, added to every route so the
 * document lists what a client really gets: bad input where there is input, an unreadable or
 * oversized body where there is one, the gateway's limit, and the server's own failures.
 */
export function withStandardErrors(route: RouteDef): RouteDef {
  const request = route.request;
  const json = request?.body !== undefined && request.contentType !== "multipart/form-data";
  const standard: Record<number, RouteResponse> = {};
  // Every route: the router refuses a broken path or query (NUL, lone surrogate, bad %-encoding)
  // before it looks at the route's own parameters.
  standard[400] = error("Invalid parameters, query or body: request.*");
  if (request?.body !== undefined) standard[413] = error("Body over the size limit: upload.too_large");
  if (json) standard[415] = error("Body not sent as application/json: request.unsupported_media_type");
  // Issue 13: every authenticated route is rate limited (Retry-After and RateLimit-* headers).
  if (route.auth !== "public") standard[429] = error("Too many requests: rate_limit.exceeded");
  standard[500] = error("Failure on our side (logged): internal.error");
  if (route.auth !== "public") standard[502] = error("A service it depends on failed: upstream.*");
  // Issue 11: past a bounded queue the local runtime refuses at once, with Retry-After, rather
  // than leave a client to time out (health, readiness and the docs are never refused).
  if (route.domain !== "system") standard[503] = error("Too busy now, retry after Retry-After: server.busy");
  return { ...route, responses: { ...standard, ...route.responses } };
}

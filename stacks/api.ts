import type { HttpDomain, RouteDef } from "@futodama/functions/routes";
import { corsOrigins } from "./cors";
import { type EnvironmentSources, functionArgs } from "./env";
import { apiFunctionSpec } from "./functions";

export { apiFunctionName } from "./functions";

/** What the infrastructure reads from the route table. */
export type ApiRoute = Pick<RouteDef, "method" | "path" | "domain">;

export interface ApiSources extends EnvironmentSources {
  routes: readonly ApiRoute[];
}

/**
 * The HTTP API: every route of the route table, each served by its domain's Lambda (one
 * function per domain router, shared by all of the domain's routes, built from its row of the
 * function table).
 */
export function createApi(sources: ApiSources) {
  const { routes } = sources;
  const api = new sst.aws.ApiGatewayV2("Api", {
    cors: {
      allowOrigins: corsOrigins(),
      allowMethods: ["GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"],
      allowHeaders: ["authorization", "content-type"],
      exposeHeaders: ["location", "retry-after", "content-disposition"],
      maxAge: "1 hour",
    },
  });
  const functions = new Map<HttpDomain, sst.aws.Function>();

  function handlerFor(domain: HttpDomain): sst.aws.Function {
    const existing = functions.get(domain);
    if (existing !== undefined) return existing;
    const spec = apiFunctionSpec(domain);
    const fn = new sst.aws.Function(spec.name, functionArgs(spec, sources));
    functions.set(domain, fn);
    return fn;
  }

  for (const route of routes) {
    api.route(`${route.method} ${route.path}`, handlerFor(route.domain).arn);
  }
  // Anything else reaches the system router, which answers `route.not_found` /
  // `route.method_not_allowed` in the API's own error shape instead of API Gateway's.
  api.route("$default", handlerFor("system").arn);
  return { api, functions };
}

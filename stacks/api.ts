import { type HttpDomain, httpDomains, type RouteDef } from "@futodama/functions/routes";
import { type EnvironmentSources, functionEnvironment, functionLinks, runtime } from "./env";
import { apiTimeoutSeconds } from "./timeouts";

/** What the infrastructure reads from the route table. */
export type ApiRoute = Pick<RouteDef, "method" | "path" | "domain">;

/** What one domain's function gets beyond the shared environment (e.g. the workflow it starts). */
export interface DomainAccess {
  environment?: Record<string, $util.Input<string>>;
  permissions?: { actions: string[]; resources: $util.Input<string>[] }[];
}

export interface ApiSources extends Omit<EnvironmentSources, "service"> {
  routes: readonly ApiRoute[];
  domainAccess?: Partial<Record<HttpDomain, DomainAccess>>;
}

/** `jobs` → `ApiJobs`: the SST component name of a domain's Lambda. */
export function apiFunctionName(domain: HttpDomain): string {
  return `Api${domain.charAt(0).toUpperCase()}${domain.slice(1)}`;
}

/**
 * The HTTP API: every route of the route table, each served by its domain's Lambda (one
 * function per domain router, shared by all of the domain's routes).
 */
export function createApi(sources: ApiSources) {
  const { routes, domainAccess = {}, ...rest } = sources;
  const api = new sst.aws.ApiGatewayV2("Api");
  const functions = new Map<HttpDomain, sst.aws.Function>();

  function handlerFor(domain: HttpDomain): sst.aws.Function {
    const existing = functions.get(domain);
    if (existing !== undefined) return existing;
    const access = domainAccess[domain];
    const fn = new sst.aws.Function(apiFunctionName(domain), {
      handler: httpDomains[domain],
      runtime,
      timeout: `${apiTimeoutSeconds} seconds`,
      memory: "1024 MB",
      link: functionLinks(rest),
      environment: { ...functionEnvironment({ ...rest, service: `api-${domain}` }), ...access?.environment },
      ...(access?.permissions ? { permissions: access.permissions } : {}),
    });
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

import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { InputError, MethodNotAllowedError, NotFoundError } from "@futodama/core";
import type { ServiceDeps } from "@futodama/services/deps";
import middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { type Config, config } from "../config";
import { logger } from "../logger";
import { acceptedHeaders } from "./accepted";
import { type AuthContext, authenticate } from "./auth";
import { parseJsonBody, parseMultipartFile, parseMultipartFiles, type UploadedFile } from "./body";
import { assertCleanInput, decodePathSegment } from "./input-guard";
import { errorMiddleware, jsonHeaders } from "./middleware/error";
import { rateLimited } from "./rate-limit";
import { type HttpDomain, type RouteDef, routesOf } from "./routes";
import { assertSameSchemas, type RouteHandler } from "./typed-handler";

export interface HttpRequest<P = Record<string, string>, Q = Record<string, unknown>, B = unknown> {
  route: RouteDef;
  auth: AuthContext;
  params: P;
  query: Q;
  body: B;
  file?: UploadedFile;
  /** A batch upload's files (routes with `files: "many"`). */
  files?: UploadedFile[];
  headers: Record<string, string | undefined>;
  /** The service dependencies, built on first use (public routes never need them). */
  deps: () => Promise<ServiceDeps>;
  config: Config;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  /** Sent as-is instead of JSON (HTML pages). */
  text?: string;
  /** A file (an export): sent base64-encoded with `isBase64Encoded`, as API Gateway expects. */
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

export type { RouteHandler } from "./typed-handler";

interface CompiledRoute {
  route: RouteDef;
  pattern: RegExp;
  names: string[];
}

function compile(route: RouteDef): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.]/g, "\\.").replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}/?$`), names };
}

function match(table: CompiledRoute[], method: string, path: string) {
  let pathMatched = false;
  for (const entry of table) {
    const m = entry.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (entry.route.method !== method) continue;
    const params = Object.fromEntries(entry.names.map((n, i) => [n, decodePathSegment(m[i + 1] ?? "")]));
    return { route: entry.route, params };
  }
  if (pathMatched)
    throw new MethodNotAllowedError("route.method_not_allowed", `${method} is not allowed on ${path}`);
  throw new NotFoundError("route.not_found", `No route for ${method} ${path}`);
}

function queryOf(event: APIGatewayProxyEventV2): Record<string, string> {
  return Object.fromEntries(
    Object.entries(event.queryStringParameters ?? {}).filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
}

/** The most files one batch upload may carry. */
const maxBatchFiles = 100;

const noDependencies = (): Promise<ServiceDeps> => {
  throw new Error("This router builds no service dependencies");
};

/**
 * One middy handler per domain router, driven by the route table. `deps`: `dependencies(...)` of
 * exactly the capabilities its routes use (built on first use: public routes never need them).
 */
export function createDomainHandler(
  domain: HttpDomain,
  handlers: Record<string, RouteHandler>,
  deps: () => Promise<ServiceDeps> = noDependencies,
) {
  const table = routesOf(domain).map(compile);
  for (const { route } of table) {
    const handler = handlers[route.operationId];
    if (!handler) throw new Error(`No handler for route ${route.operationId}`);
    assertSameSchemas(route, handler);
  }
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(errorMiddleware())
    .handler(async (event) => {
      const started = performance.now();
      const cfg = config();
      const method = event.requestContext.http.method.toUpperCase();
      const { route, params } = match(table, method, event.rawPath);
      const headers = event.headers ?? {};
      const auth =
        route.auth === "public"
          ? { tenantId: "", role: "viewer" as const, subject: "anonymous" }
          : await authenticate(cfg, headers, route.auth);
      logger.appendKeys({ route: route.operationId, tenantId: auth.tenantId || undefined });
      const limitHeaders = await rateLimited(route, auth, cfg, deps);
      const request = route.request;
      assertCleanInput("path", params);
      assertCleanInput("query", queryOf(event));
      const parsedParams = request?.params ? request.params.parse(params) : params;
      const query = request?.query ? request.query.parse(queryOf(event)) : queryOf(event);
      let body: unknown;
      let file: UploadedFile | undefined;
      let files: UploadedFile[] | undefined;
      if (request?.contentType === "multipart/form-data" && request.files === "many") {
        const limits = { maxFileBytes: cfg.MAX_UPLOAD_BYTES, maxBodyBytes: cfg.MAX_MULTIPART_BYTES };
        files = await parseMultipartFiles(headers, event.body, event.isBase64Encoded, limits, maxBatchFiles);
      } else if (request?.contentType === "multipart/form-data") {
        file = await parseMultipartFile(headers, event.body, event.isBase64Encoded, {
          maxFileBytes: cfg.MAX_UPLOAD_BYTES,
          maxBodyBytes: cfg.MAX_MULTIPART_BYTES,
          presignPath: route.path.endsWith("/upload")
            ? route.path.replace(/\/upload$/, "/presign")
            : undefined,
        });
      } else if (request?.body) {
        // An optional body (every field optional) may be left out altogether.
        const absentAllowed = !event.body && request.body.safeParse(undefined).success;
        const json = absentAllowed ? undefined : parseJsonBody(headers, event.body, event.isBase64Encoded);
        assertCleanInput("body", json);
        body = request.body.parse(json);
      } else if (event.body && method !== "GET") {
        throw new InputError("request.unexpected_body", "This route takes no body");
      }
      const handler = handlers[route.operationId]!;
      // Parsed by the very schemas the handler is typed by (assertSameSchemas, at start).
      const handled = await handler.run({
        route,
        auth,
        params: parsedParams,
        query,
        body,
        file,
        files,
        headers,
        deps,
        config: cfg,
      });
      const accepted = handled.status === 202 ? acceptedHeaders(route, handled.body) : {};
      const result = { ...handled, headers: { ...limitHeaders, ...accepted, ...handled.headers } };
      logger.info("request served", {
        status: result.status,
        durationMs: Math.round(performance.now() - started),
      });
      if (result.bytes !== undefined) {
        return {
          statusCode: result.status,
          headers: result.headers ?? {},
          body: Buffer.from(result.bytes).toString("base64"),
          isBase64Encoded: true,
        };
      }
      if (result.text !== undefined) {
        return { statusCode: result.status, headers: result.headers ?? {}, body: result.text };
      }
      return {
        statusCode: result.status,
        headers: { ...jsonHeaders, ...result.headers },
        body: result.body === undefined ? "" : JSON.stringify(result.body),
      };
    });
}

import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { HttpDomain, RouteDef } from "@futodama/functions/routes";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { type AdmissionControl, busyRetryAfterSeconds } from "./admission";
import { answerPreflight, corsHeaders } from "./cors";
import { closeServers, listenOnPort } from "./http-listeners";
import { lambdaContext } from "./lambda-context";

/**
 * API Gateway (HTTP API, payload 2.0) in front of the same Lambda handlers: each request
 * becomes an APIGatewayProxyEventV2 for the domain router that owns the path.
 */
export type HttpLambda = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** One request and its answer, as a client saw it (for the tests' contract check). */
export interface HttpExchange {
  method: string;
  path: string;
  status: number;
  contentType: string | undefined;
  /** The body as text; undefined for a binary (base64) body. */
  body: string | undefined;
  /** The response headers as the handler set them (lower-case names). */
  headers?: Record<string, string>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  routes: RouteDef[];
  handlers: Record<HttpDomain, HttpLambda>;
  /** Bodies over this are refused before they are read whole (API Gateway caps at 10 MB). */
  maxBodyBytes: number;
  /** Browser origins allowed by CORS (CORS_ORIGINS); others get no CORS headers. */
  corsOrigins?: readonly string[];
  /** Told of every answer sent; the tests check each against the OpenAPI document. */
  onExchange?: (exchange: HttpExchange) => void;
  /**
   * Issue 13: GET /metrics in Prometheus text format — the local runtime's own endpoint (deployed,
   * the same counters are CloudWatch EMF), so it is not in the route table.
   */
  metrics?: { text(): Promise<string>; contentType: string };
  /**
   * Issue 11: bounded work in flight per route class, 503 `server.busy` past it. Without it every
   * request is worked on at once (the tests' runtimes that do not measure load).
   */
  admission?: AdmissionControl;
  /** Listening sockets on the one port (default 1; see listenOnPort for why more). */
  listeners?: number;
}

const textTypes = /^(text\/|application\/(json|x-www-form-urlencoded|xml|.+\+json))/i;

function domainFor(routes: Array<{ pattern: RegExp; domain: HttpDomain }>, path: string): HttpDomain {
  return routes.find((r) => r.pattern.test(path))?.domain ?? "system";
}

/**
 * A route class shares one admission gate: a domain's reads apart from its writes, so a burst of
 * uploads does not hold up reads. `system` (health, readiness, the docs) is never gated: it is
 * what tells an operator the server is alive.
 */
function routeClassOf(domain: HttpDomain, method: string | undefined): string | null {
  if (domain === "system") return null;
  return `${domain}:${method === "GET" || method === "HEAD" ? "read" : "write"}`;
}

const busyAnswer: APIGatewayProxyStructuredResultV2 = {
  statusCode: 503,
  headers: {
    "content-type": "application/json; charset=utf-8",
    "retry-after": String(busyRetryAfterSeconds),
  },
  body: JSON.stringify({
    error: "The server is busy; retry after the seconds in Retry-After",
    code: "server.busy",
  }),
};

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | "too_large"> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return "too_large";
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Like API Gateway, a path it cannot decode is passed on as sent: the router refuses it with a 400. */
function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

function toEvent(req: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? "/", "http://localhost");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
  const method = (req.method ?? "GET").toUpperCase();
  const binary = body.length > 0 && !textTypes.test(headers["content-type"] ?? "");
  const now = new Date();
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: decodedPath(url.pathname),
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: headers.host ?? "localhost",
      domainPrefix: "localhost",
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: binary ? body.toString("base64") : body.toString("utf8") } : {}),
    isBase64Encoded: binary,
  };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  result: APIGatewayProxyStructuredResultV2,
  options: Pick<HttpServerOptions, "onExchange" | "corsOrigins">,
) {
  const body = result.body ?? "";
  const headers = (result.headers ?? {}) as Record<string, string>;
  res.writeHead(result.statusCode ?? 200, { ...headers, ...corsHeaders(req, options.corsOrigins ?? []) });
  res.end(result.isBase64Encoded ? Buffer.from(body, "base64") : body);
  const rawPath = new URL(req.url ?? "/", "http://localhost").pathname;
  let path = rawPath;
  try {
    path = decodeURI(rawPath);
  } catch {
    // A broken %-encoding (the router answered 400 for it): the raw path is what was asked.
  }
  options.onExchange?.({
    method: (req.method ?? "GET").toUpperCase(),
    path,
    status: result.statusCode ?? 200,
    contentType: headers["content-type"],
    body: result.isBase64Encoded ? undefined : body,
    headers,
  });
}

export async function startHttpServer(
  options: HttpServerOptions,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const patterns = options.routes.map((r) => ({
    domain: r.domain,
    pattern: new RegExp(`^${r.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}/?$`),
  }));
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (answerPreflight(req, res, options.corsOrigins ?? [])) return;
      if (options.metrics && req.method === "GET" && req.url?.split("?")[0] === "/metrics") {
        res.writeHead(200, { "content-type": options.metrics.contentType }).end(await options.metrics.text());
        return;
      }
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      const routeClass = routeClassOf(domainFor(patterns, decodedPath(path)), req.method?.toUpperCase());
      if (routeClass && options.admission) {
        const gone = new AbortController();
        // Raised only while the request waits: abort() builds a DOMException with its stack,
        // which every finished response's close would otherwise pay for (1.5 % of a get's CPU).
        let waiting = true;
        res.once("close", () => waiting && gone.abort());
        const admission = await options.admission.gateFor(routeClass).admit(gone.signal);
        waiting = false;
        if (!admission.admitted) {
          if (!res.writableEnded && !res.destroyed) send(req, res, busyAnswer, options);
          return;
        }
        // The client may have left between its turn coming and this line: free the turn at once.
        if (gone.signal.aborted) return admission.release();
        res.once("close", admission.release);
      }
      const body = await readBody(req, options.maxBodyBytes);
      if (body === "too_large") {
        const error = `The request body is over ${Math.round(options.maxBodyBytes / 1024 / 1024)} MB; use a presigned upload`;
        send(
          req,
          res,
          {
            statusCode: 413,
            headers: { "content-type": "application/json; charset=utf-8", connection: "close" },
            body: JSON.stringify({ error, code: "upload.too_large" }),
          },
          options,
        );
        return;
      }
      const event = toEvent(req, body);
      const domain = domainFor(patterns, event.rawPath);
      const result = await options.handlers[domain](event, lambdaContext(`futodama-local-${domain}`));
      send(req, res, result, options);
    } catch (error) {
      // The answer went out already (an observer failed after it): nothing more to send.
      if (res.headersSent) return;
      send(
        req,
        res,
        {
          statusCode: 500,
          headers: { "content-type": "application/json; charset=utf-8" },
          body: JSON.stringify({
            error: "Local gateway error",
            code: "internal.gateway",
            details: String(error),
          }),
        },
        options,
      );
    }
  };
  const host = options.host ?? "127.0.0.1";
  const { servers, port } = await listenOnPort(handle, options.port, host, options.listeners ?? 1);
  const server = servers[0] as Server;
  // Loopback or every interface: `localhost` reaches it (and is what the README and banner show).
  const shown = ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(host) ? "localhost" : host;
  return {
    url: `http://${shown}:${port}`,
    server,
    close: () => closeServers(servers),
  };
}

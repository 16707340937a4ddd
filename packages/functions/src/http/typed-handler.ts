import type { z } from "zod";
import type { RouteDef } from "./route-types";
import type { HttpRequest, HttpResult } from "./router";

/**
 * A handler typed by the zod schemas of its route. It names the very schema objects the route
 * table declares (the router refuses to start when one differs, see assertSameSchemas), so
 * `params`, `query` and `body` are `z.infer` of what the router validated: a handler cannot
 * read a field its route does not declare, and needs no cast.
 */
export interface RequestSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

type Parsed<S, Absent> = S extends z.ZodType ? z.output<S> : Absent;
export type TypedRequest<S extends RequestSchemas> = HttpRequest<
  Parsed<S["params"], Record<string, never>>,
  Parsed<S["query"], Record<string, never>>,
  Parsed<S["body"], undefined>
>;

export interface RouteHandler<S extends RequestSchemas = RequestSchemas> {
  schemas: S;
  // Method syntax on purpose: one table holds handlers of different request types.
  run(request: TypedRequest<S>): Promise<HttpResult>;
}

export function handles<const S extends RequestSchemas>(
  schemas: S,
  run: (request: TypedRequest<S>) => Promise<HttpResult>,
): RouteHandler<S> {
  return { schemas, run };
}

/** Throws when a handler's schemas are not its route's own (a multipart body arrives as `file`). */
export function assertSameSchemas(route: RouteDef, handler: RouteHandler): void {
  const multipart = route.request?.contentType === "multipart/form-data";
  const declared: RequestSchemas = {
    params: route.request?.params,
    query: route.request?.query,
    body: multipart ? undefined : route.request?.body,
  };
  for (const part of ["params", "query", "body"] as const) {
    if (handler.schemas[part] !== declared[part]) {
      throw new Error(`The handler of ${route.operationId} does not take its route's ${part} schema`);
    }
  }
}

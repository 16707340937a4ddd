import { isAppError } from "@futodama/core";
import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { ZodError } from "zod";
import { logger } from "../../logger";

export const jsonHeaders = { "content-type": "application/json; charset=utf-8" };

export function errorResponse(status: number, body: { error: string; code: string; details?: unknown }) {
  return { statusCode: status, headers: jsonHeaders, body: JSON.stringify(body) };
}

/** Maps any thrown error to the HTTP shape `{error, code, details?}`. */
export function toErrorResponse(error: unknown): APIGatewayProxyStructuredResultV2 {
  if (isAppError(error)) {
    if (error.status >= 500) logger.error("request failed upstream", { code: error.code, error });
    else logger.info("request refused", { code: error.code, status: error.status });
    const response = errorResponse(error.status, error.toJSON());
    // A 429 says when to come back (RateLimitedError's Retry-After and RateLimit-* headers).
    const extra = (error as { headers?: Record<string, string> }).headers;
    return extra ? { ...response, headers: { ...response.headers, ...extra } } : response;
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = details[0];
    const summary = first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "invalid request";
    return errorResponse(400, { error: `Invalid request: ${summary}`, code: "request.invalid", details });
  }
  logger.error("unhandled error", { error: error instanceof Error ? error : String(error) });
  return errorResponse(500, {
    error: "Something went wrong on our side; it has been logged",
    code: "internal.error",
  });
}

/** The ONE place errors become HTTP responses (STYLE.md §3). */
export function errorMiddleware(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    onError: async (request) => {
      request.response = toErrorResponse(request.error);
    },
  };
}

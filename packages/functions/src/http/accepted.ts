import type { HttpDomain, RouteDef } from "./route-types";

/**
 * Issue 13: every 202 says where to look. `Location` is the resource that will hold the result
 * (poll it, or wait for its webhook), `Retry-After` how many seconds a poll is worth waiting.
 * The resource is the one the 202's body names by `id`, by domain.
 */
const pollPaths: Partial<Record<HttpDomain, { path: (id: string) => string; retryAfterSeconds: number }>> = {
  jobs: { path: (id) => `/api/jobs/${id}`, retryAfterSeconds: 2 },
  resumes: { path: (id) => `/api/resumes/${id}`, retryAfterSeconds: 2 },
  match: { path: (id) => `/api/match-sessions/${id}`, retryAfterSeconds: 5 },
  tailoring: { path: (id) => `/api/tailorings/${id}`, retryAfterSeconds: 5 },
  batches: { path: (id) => `/api/batch/${id}`, retryAfterSeconds: 5 },
};

/** The headers a 202 of this route gets (a handler's own `location` wins). */
export function acceptedHeaders(route: RouteDef, body: unknown): Record<string, string> {
  const poll = pollPaths[route.domain];
  const id = (body as { id?: unknown } | null)?.id;
  if (poll === undefined || typeof id !== "string") return { "retry-after": "2" };
  return {
    location: poll.path(encodeURIComponent(id)),
    "retry-after": String(poll.retryAfterSeconds),
  };
}

/** As the OpenAPI document describes them on every 202. */
export const acceptedResponseHeaders = {
  Location: {
    description: "The resource to poll for the outcome (or wait for its webhook, docs/webhooks.md)",
    schema: { type: "string" },
  },
  "Retry-After": {
    description: "Seconds worth waiting before polling it",
    schema: { type: "integer", minimum: 0 },
  },
};

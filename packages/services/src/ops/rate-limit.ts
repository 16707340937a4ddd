import { RateLimitedError } from "@futodama/core";
import type { BucketState, Storage } from "@futodama/storage";
import { recordMetric } from "./metrics";

/** How heavy a route is: reads are cheap, writes less so, uploads and AI work the most. */
export type RateClass = "read" | "write" | "heavy";

/** A bucket: `burst` tokens at most, `perSecond` back. */
export interface RatePolicy {
  burst: number;
  perSecond: number;
}

export interface RateLimitSettings {
  enabled: boolean;
  /** Per token (tenant + subject); the tenant's own bucket is `tenantFactor` times larger. */
  classes: Record<RateClass, RatePolicy>;
  tenantFactor: number;
}

/** The routes that start uploads, parsing or AI work: the strictest class. */
const heavyOperations = new Set([
  "uploadJob",
  "uploadResume",
  "uploadJobBatch",
  "uploadResumeBatch",
  "createJobFromText",
  "createResumeFromText",
  "retryJob",
  "retryResume",
  "runMatchStep2",
  "tailorResume",
  "visionExtract",
]);

export function rateClassOf(route: { operationId: string; method: string }): RateClass {
  if (heavyOperations.has(route.operationId)) return "heavy";
  return route.method === "GET" ? "read" : "write";
}

/** `"120/10"` → 120 burst, 10 a second (what RATE_LIMIT_* hold). */
export function parseRatePolicy(value: string): RatePolicy {
  const match = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(value.trim());
  const burst = Number(match?.[1]);
  const perSecond = Number(match?.[2]);
  if (!match || !(burst >= 1) || !(perSecond > 0)) {
    throw new Error(`"${value}" is not <burst>/<per second> (e.g. 120/10)`);
  }
  return { burst, perSecond };
}

export interface RateCaller {
  tenantId: string;
  /** The token's subject: one user's (or integration's) own bucket inside the tenant's. */
  subject: string;
}

/** The IETF RateLimit headers of the tightest bucket (draft-ietf-httpapi-ratelimit-headers). */
function headersOf(state: BucketState, policy: RatePolicy): Record<string, string> {
  const tokens = Math.max(0, state.tokens);
  const window = Math.ceil(policy.burst / policy.perSecond);
  return {
    "ratelimit-limit": String(policy.burst),
    "ratelimit-remaining": String(Math.floor(tokens)),
    "ratelimit-reset": String(Math.ceil((policy.burst - tokens) / policy.perSecond)),
    "ratelimit-policy": `${policy.burst};w=${window}`,
  };
}

/**
 * Takes a token from the caller's bucket and its tenant's for the route's class (one statement,
 * shared by every Lambda instance through the database). Returns the RateLimit-* headers for the
 * answer, or throws a 429 `rate_limit.exceeded` with Retry-After: the seconds until a token is back.
 */
export async function takeRateLimit(
  storage: Pick<Storage, "takeRateLimitTokens">,
  settings: RateLimitSettings,
  caller: RateCaller,
  route: { operationId: string; method: string },
): Promise<Record<string, string>> {
  if (!settings.enabled) return {};
  const rateClass = rateClassOf(route);
  const policy = settings.classes[rateClass];
  const tenantPolicy = {
    burst: policy.burst * settings.tenantFactor,
    perSecond: policy.perSecond * settings.tenantFactor,
  };
  const tokenKey = `token:${caller.tenantId}:${caller.subject}:${rateClass}`;
  const tenantKey = `tenant:${caller.tenantId}:${rateClass}`;
  const states = await storage.takeRateLimitTokens([
    { key: tokenKey, capacity: policy.burst, perSecond: policy.perSecond },
    { key: tenantKey, capacity: tenantPolicy.burst, perSecond: tenantPolicy.perSecond },
  ]);
  const token = states.find((s) => s.key === tokenKey);
  const tenant = states.find((s) => s.key === tenantKey);
  const refused = [
    ...(token && !token.allowed ? [{ state: token, policy, scope: "token" }] : []),
    ...(tenant && !tenant.allowed ? [{ state: tenant, policy: tenantPolicy, scope: "tenant" }] : []),
  ];
  if (refused.length === 0) return token ? headersOf(token, policy) : {};
  recordMetric("rate_limited_requests", { class: rateClass });
  const wait = Math.max(
    ...refused.map((r) => Math.max(1, Math.ceil((1 - r.state.tokens) / r.policy.perSecond))),
  );
  const first = refused[0]!;
  throw new RateLimitedError(
    "rate_limit.exceeded",
    `Too many ${rateClass} requests for this ${first.scope}; try again in ${wait} s`,
    { ...headersOf(first.state, first.policy), "retry-after": String(wait) },
    { details: { class: rateClass, scope: first.scope, retryAfterSeconds: wait } },
  );
}

import type { ServiceDeps } from "@futodama/services/deps";
import { parseRatePolicy, type RateLimitSettings, takeRateLimit } from "@futodama/services/ops/rate-limit";
import type { Config } from "../config";
import type { AuthContext } from "./auth";
import type { RouteDef } from "./route-types";

let cached: { config: Config; settings: RateLimitSettings } | undefined;

/** The rate-limit settings of this process's config (parsed once; the config schema checked the format). */
function settingsOf(config: Config): RateLimitSettings {
  if (cached?.config !== config) {
    cached = {
      config,
      settings: {
        enabled: config.RATE_LIMITS === "on",
        classes: {
          read: parseRatePolicy(config.RATE_LIMIT_READ),
          write: parseRatePolicy(config.RATE_LIMIT_WRITE),
          heavy: parseRatePolicy(config.RATE_LIMIT_HEAVY),
        },
        tenantFactor: config.RATE_LIMIT_TENANT_FACTOR,
      },
    };
  }
  return cached.settings;
}

/**
 * Issue 13: every authenticated request takes a token from its caller's and its tenant's bucket
 * before anything else is read (a refusal costs one statement); the RateLimit-* headers go on
 * the answer. Public routes (health, readiness, docs) are not limited.
 */
export async function rateLimited(
  route: RouteDef,
  auth: AuthContext,
  config: Config,
  deps: () => Promise<ServiceDeps>,
): Promise<Record<string, string>> {
  const settings = settingsOf(config);
  if (route.auth === "public" || !settings.enabled) return {};
  const { storage } = await deps();
  return takeRateLimit(storage, settings, { tenantId: auth.tenantId, subject: auth.subject }, route);
}

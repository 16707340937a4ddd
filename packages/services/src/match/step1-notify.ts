import type { ServiceDeps } from "../deps";
import { recordMetric } from "../ops/metrics";
import { announceMatchSession } from "../webhooks/notify";
import { type MatchStep1Options, runMatchStep1 } from "./step1";
import type { MatchSessionWithResults } from "./views";

/**
 * Step 1 as the API runs it: the ranking, then `match.step1.completed` for the tenant's webhooks.
 * The workflows' own step-1 runs (a new job's first ranking, Rematch) announce nothing: nobody
 * asked for them, and a Rematch would fire one event per open job every 6 hours.
 */
export async function runMatchStep1AndNotify(
  deps: ServiceDeps,
  tenantId: string,
  jobId: string,
  options: MatchStep1Options = {},
): Promise<MatchSessionWithResults> {
  const started = performance.now();
  const session = await runMatchStep1(deps, tenantId, jobId, options);
  recordMetric("match_step1_ms", {}, Math.round(performance.now() - started));
  await announceMatchSession(deps, { tenantId, ...session, ...session.progress }, "step1");
  return session;
}

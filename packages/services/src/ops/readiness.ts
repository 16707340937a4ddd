import { HeadBucketCommand } from "@aws-sdk/client-s3";
import type { ServiceDeps } from "../deps";

export type ReadinessCheck = "database" | "uploadsBucket" | "dropsBucket";

export interface ReadinessReport {
  status: "ready" | "not_ready";
  /** The dependencies that failed, by name (empty when ready). */
  failing: ReadinessCheck[];
  checks: Record<ReadinessCheck, { ok: boolean; error?: string; durationMs: number }>;
}

/** How long one dependency may take to answer before it counts as down. */
const checkTimeoutMs = 3000;

/** A failure as the report shows it: its code or name, never a message that might carry a URL. */
function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof e.code === "string") return e.code;
  const status = e.$metadata?.httpStatusCode;
  return `${typeof e.name === "string" ? e.name : "Error"}${status ? ` (HTTP ${status})` : ""}`;
}

async function timed(run: () => Promise<unknown>) {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error("timed out"), { name: "Timeout" })),
          checkTimeoutMs,
        );
      }),
    ]);
    return { ok: true, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: reasonOf(error), durationMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /ready`: the database answers and is migrated up to this code, and both buckets answer.
 * Each dependency is built and checked on its own (a database that is down does not hide the
 * state of the buckets), in parallel, each within 3 s.
 */
export async function checkReadiness(sources: {
  storage: () => Promise<Pick<ServiceDeps, "storage">>;
  s3: () => Promise<Pick<ServiceDeps, "s3" | "buckets">>;
}): Promise<ReadinessReport> {
  const bucket = (name: "uploads" | "drops") => async () => {
    const { s3, buckets } = await sources.s3();
    await s3.send(new HeadBucketCommand({ Bucket: buckets[name] }));
  };
  const [database, uploadsBucket, dropsBucket] = await Promise.all([
    timed(async () => (await sources.storage()).storage.checkDatabase()),
    timed(bucket("uploads")),
    timed(bucket("drops")),
  ]);
  const checks = { database, uploadsBucket, dropsBucket };
  const failing = (Object.keys(checks) as ReadinessCheck[]).filter((name) => !checks[name].ok);
  return { status: failing.length === 0 ? "ready" : "not_ready", failing, checks };
}

import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { dropBatchMetadata } from "@futodama/services/batch/drop-metadata";
import { defaultDataDir } from "../paths";
import { type FollowedFile, followDrop } from "./drop-follow";
import type { Fail } from "./fail";
import { filesIn } from "./files";
import { createProgress } from "./progress";
import { destroyTarget, resolveTarget, type Target } from "./target";

/*
 * `futodama drop <dir> [--tenant <id>] [--kind resume|job] [--wait]`: uploads a folder into the
 * drops bucket (`<tenant>/resumes/<path>` or `<tenant>/jobs/<path>`) — the bulk path of the
 * product: S3 → SQS → starter → DocumentIngest — and with --wait follows every file to the end.
 */

export interface DropOptions {
  dir: string;
  tenantId: string;
  kind: "resume" | "job";
  wait: boolean;
  concurrency: number;
  timeoutMs: number;
  stderr?: { isTTY?: boolean; write(chunk: string): boolean };
}

export interface DropSummary {
  /** The batch the drop is (issue 13): GET /api/batch/<id> follows it too. */
  batchId: string;
  uploaded: number;
  parsed: number;
  failed: number;
  duplicates: number;
  unfinished: number;
  /** Parsed, but the live rankings were not updated (the next Rematch ranks them). */
  matchFailures: number;
  failures: Array<{ file: string; reason: string }>;
  seconds: number;
}

async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await run(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Uploads (and follows) a folder; the summary's counts are what the command prints. */
export async function runDrop(target: Target, options: DropOptions): Promise<DropSummary> {
  const bucket = target.dropsBucket;
  if (!bucket) throw new Error("no drops bucket (set FUTODAMA_DROPS_BUCKET for a deployed stage)");
  const root = resolve(options.dir);
  const paths = filesIn(root);
  if (paths.length === 0) throw new Error(`no files in ${options.dir}`);
  const started = performance.now();
  const since = new Date();
  const batchId = randomUUID();
  // Printed first: a long drop can be followed at GET /api/batch/<id> while it uploads.
  (options.stderr ?? process.stderr).write(`batch ${batchId}\n`);
  const prefix = `${options.tenantId}/${options.kind === "job" ? "jobs" : "resumes"}/`;
  const files: FollowedFile[] = [];
  const uploadFailures: DropSummary["failures"] = [];
  const bar = createProgress({
    label: "upload",
    total: paths.length,
    ...(options.stderr ? { stream: options.stderr } : {}),
  });
  let done = 0;
  await pool(paths, options.concurrency, async (path) => {
    const key = prefix + relative(root, path).split(sep).join("/");
    const body = readFileSync(path);
    const sha256 = createHash("sha256").update(body).digest("hex");
    try {
      // The hash rides along as metadata, so the starter need not download the file to dedupe it.
      await target.s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          // The batch rides along too: the starter adds the file to it (services/batch/drop.ts).
          Metadata: {
            sha256,
            [dropBatchMetadata.id]: batchId,
            [dropBatchMetadata.size]: String(paths.length),
          },
        }),
      );
      files.push({ key, sha256, outcome: { status: "pending" } });
    } catch (error) {
      uploadFailures.push({
        file: relative(root, path),
        reason: `upload failed: ${(error as Error).message}`,
      });
    }
    bar.update(++done);
  });
  bar.finish();

  if (options.wait && files.length > 0) {
    const follow = createProgress({
      label: "ingest",
      total: files.length,
      ...(options.stderr ? { stream: options.stderr } : {}),
    });
    await followDrop(target, files, {
      since,
      timeoutMs: options.timeoutMs,
      onProgress: (n) => follow.update(n),
    });
    follow.finish();
  }
  const fileOf = (key: string) => key.slice(prefix.length);
  const failures = [
    ...uploadFailures,
    ...files.flatMap((f) =>
      f.outcome.status === "failed" ? [{ file: fileOf(f.key), reason: f.outcome.reason }] : [],
    ),
  ];
  const count = (status: string) => files.filter((f) => f.outcome.status === status).length;
  return {
    batchId,
    uploaded: files.length,
    parsed: count("parsed"),
    failed: failures.length,
    duplicates: count("duplicate"),
    unfinished: options.wait ? count("pending") + count("running") : 0,
    matchFailures: files.filter((f) => f.outcome.status === "parsed" && f.outcome.matchNote).length,
    failures,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

export function formatSummary(summary: DropSummary, waited: boolean): string {
  const lines = [
    `batch ${summary.batchId} (GET /api/batch/${summary.batchId})`,
    waited
      ? `${summary.uploaded} uploaded, ${summary.parsed} parsed, ${summary.failed} failed, ${summary.duplicates} duplicates` +
        `${summary.unfinished ? `, ${summary.unfinished} unfinished` : ""} in ${summary.seconds}s`
      : `${summary.uploaded} uploaded in ${summary.seconds}s (add --wait to follow them)`,
  ];
  if (summary.matchFailures > 0)
    lines.push(`${summary.matchFailures} parsed but not ranked yet (the next rematch ranks them)`);
  if (summary.failures.length > 0) {
    lines.push("failures:");
    for (const f of summary.failures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return `${lines.join("\n")}\n`;
}

export async function dropCommand(argv: string[], fail: Fail): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tenant: { type: "string" },
      kind: { type: "string" },
      wait: { type: "boolean" },
      concurrency: { type: "string" },
      timeout: { type: "string" },
    },
  });
  const [dir] = positionals;
  if (!dir) fail("drop needs a folder: futodama drop <dir> [--tenant <id>] [--wait]");
  const tenantId = values.tenant ?? "demo";
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(tenantId))
    fail("--tenant must be a slug (letters, digits, - and _)");
  const kind = values.kind ?? "resume";
  if (kind !== "resume" && kind !== "job") fail("--kind must be resume or job");
  const concurrency = Number(values.concurrency ?? 16);
  const timeoutSeconds = Number(values.timeout ?? 600);
  if (!Number.isInteger(concurrency) || concurrency < 1) fail("--concurrency must be a whole number ≥ 1");
  if (!(timeoutSeconds > 0)) fail("--timeout must be a number of seconds > 0");
  const target = resolveTarget(defaultDataDir());
  if (target === null)
    fail("no local runtime is running (start one with `pnpm start`) and FUTODAMA_DROPS_BUCKET is not set", {
      usage: false,
    });
  try {
    const summary = await runDrop(target, {
      dir,
      tenantId,
      kind,
      wait: values.wait === true,
      concurrency,
      timeoutMs: timeoutSeconds * 1000,
    });
    process.stdout.write(formatSummary(summary, values.wait === true));
    if (summary.failed > 0 || summary.unfinished > 0) process.exitCode = 1;
  } finally {
    destroyTarget(target);
  }
}

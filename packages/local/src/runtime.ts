import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  codexHandler,
  config,
  ingestStarterHandler,
  jobsHandler,
  matchHandler,
  provideDeps,
  resetConfig,
  resetDeps,
  resumesHandler,
  routes,
  serviceSettings,
  systemHandler,
  tailoringHandler,
  visionHandler,
} from "@futodama/functions";
import { createServiceDeps, type ServiceDeps } from "@futodama/services";
import { documentIngestName, matchDeepDiveName, rematchName, tailorName } from "@futodama/workflow";
import { createLocalExecutor, type LocalExecutor } from "@futodama/workflow/local";
import { type Emulator, pollEmulatorQueue, startEmulator } from "./emulator";
import { startHttpServer } from "./http-server";
import { devSecret } from "./paths";
import { type RuntimeState, removeRuntimeState, writeRuntimeState } from "./runtime-state";
import { rematchIntervalFrom, type Scheduler, startScheduler } from "./scheduler";
import { startSfnEndpoint } from "./sfn-endpoint";
import { localWorkflows } from "./workflows";

export interface LocalRuntimeOptions {
  /** API port; 0 picks a free one. */
  port: number;
  /** Where PGlite, fauxqs and the dev secret live; null keeps everything in memory (tests). */
  dataDir: string | null;
  host?: string;
  /** Extra environment (e.g. MAX_UPLOAD_BYTES) applied over the defaults. */
  env?: Record<string, string>;
}

export interface LocalRuntime {
  apiUrl: string;
  jwtSecret: string;
  deps: ServiceDeps;
  emulator: Emulator;
  executor: LocalExecutor;
  /** The local stand-in for the Rematch CronV2 schedule (`tick()` runs the current slot). */
  scheduler: Scheduler;
  /** Where its endpoints are (what `.data/runtime.json` holds for the CLI). */
  state: RuntimeState;
  stop(): Promise<void>;
}

const region = "us-east-1";
const uploads = "futodama-local-uploads";
const drops = "futodama-local-drops";
const ingestQueue = "futodama-local-ingest";
const ingestDlq = "futodama-local-ingest-dlq";

/**
 * The whole system in one process, on embedded parts, through the same AWS SDK clients and the
 * same handlers as in Lambda: fauxqs (S3 + SQS, with bucket notifications), PGlite, the
 * Step Functions runner behind a local SFN endpoint, and API Gateway as a node:http server.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const dataDir = options.dataDir;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const jwtSecret =
    options.env?.JWT_SECRET ?? (dataDir ? devSecret(dataDir) : randomBytes(32).toString("base64url"));

  const emulator = await startEmulator({
    dataDir: dataDir ? join(dataDir, "fauxqs") : undefined,
    s3Dir: dataDir ? join(dataDir, "s3") : undefined,
    region,
    buckets: [uploads, drops],
    queues: [
      { name: ingestDlq },
      { name: ingestQueue, visibilityTimeout: 60, deadLetter: { queue: ingestDlq, maxReceiveCount: 3 } },
    ],
    notifications: [
      { bucket: uploads, queue: ingestQueue, prefix: "tenants/" },
      { bucket: drops, queue: ingestQueue },
    ],
  });

  const retryIntervalOverrideMs = Number(options.env?.LOCAL_RETRY_INTERVAL_MS ?? 200);
  const executor = createLocalExecutor({
    ...localWorkflows({
      matchMaxConcurrency: Number(
        options.env?.MATCH_MAX_CONCURRENCY ?? process.env.MATCH_MAX_CONCURRENCY ?? 10,
      ),
    }),
    retryIntervalOverrideMs,
  });
  const sfn = await startSfnEndpoint(executor);

  const env: Record<string, string> = {
    STAGE: "local",
    AWS_REGION: region,
    S3_ENDPOINT: emulator.endpoint,
    S3_FORCE_PATH_STYLE: "true",
    SFN_ENDPOINT: sfn.url,
    UPLOADS_BUCKET: uploads,
    DROPS_BUCKET: drops,
    DOCUMENT_INGEST_ARN: executor.stateMachineArn(documentIngestName),
    REMATCH_ARN: executor.stateMachineArn(rematchName),
    MATCH_DEEP_DIVE_ARN: executor.stateMachineArn(matchDeepDiveName),
    TAILOR_ARN: executor.stateMachineArn(tailorName),
    DATABASE_DRIVER: "pglite",
    JWT_SECRET: jwtSecret,
    ...(dataDir ? { DATABASE_URL: join(dataDir, "pglite") } : {}),
    ...options.env,
  };
  Object.assign(process.env, env);
  resetConfig();
  // Parsed once for the process (cold start), which also applies LOG_LEVEL to the logger.
  const cfg = config();

  // One dependency set (one PGlite) shared by every handler of the process.
  const deps: ServiceDeps = await createServiceDeps(serviceSettings(cfg));
  provideDeps(deps);

  const poller = pollEmulatorQueue(emulator, ingestQueue, region, (event) => ingestStarterHandler(event));

  const http = await startHttpServer({
    port: options.port,
    host: options.host,
    routes,
    handlers: {
      system: systemHandler,
      jobs: jobsHandler,
      resumes: resumesHandler,
      codex: codexHandler,
      vision: visionHandler,
      match: matchHandler,
      tailoring: tailoringHandler,
    },
    maxBodyBytes: cfg.MAX_UPLOAD_BYTES + 1024 * 1024,
  });

  const scheduler = startScheduler({
    sfn: deps.sfn,
    rematchArn: env.REMATCH_ARN ?? "",
    intervalMinutes: rematchIntervalFrom(
      env.REMATCH_INTERVAL_MINUTES ?? process.env.REMATCH_INTERVAL_MINUTES,
    ),
    onError: (error) => process.stderr.write(`futodama: scheduled rematch not started: ${String(error)}\n`),
  });
  const state: RuntimeState = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    region,
    apiUrl: http.url,
    s3Endpoint: emulator.endpoint,
    sfnEndpoint: sfn.url,
    buckets: { uploads, drops },
    ingestQueueUrl: emulator.queueUrl(ingestQueue),
    stateMachines: { documentIngest: env.DOCUMENT_INGEST_ARN ?? "", rematch: env.REMATCH_ARN ?? "" },
  };
  if (dataDir) writeRuntimeState(dataDir, state);

  let stopped = false;
  return {
    apiUrl: http.url,
    jwtSecret,
    deps,
    emulator,
    executor,
    scheduler,
    state,
    async stop() {
      if (stopped) return;
      stopped = true;
      scheduler.stop();
      if (dataDir) removeRuntimeState(dataDir);
      const closed = new Promise<void>((resolve) => http.server.close(() => resolve()));
      http.server.closeAllConnections();
      await closed;
      await poller.stop();
      await executor.stopAll();
      await new Promise<void>((resolve) => sfn.server.close(() => resolve()));
      await deps.storage.close();
      await emulator.stop();
      resetDeps();
    },
  };
}

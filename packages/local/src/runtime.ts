import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  analyticsHandler,
  auditHandler,
  batchesHandler,
  codexHandler,
  config,
  ingestStarterHandler,
  jobsHandler,
  matchHandler,
  matchShardHandler,
  ocrTextHandler,
  opsHandler,
  provideDeps,
  resetConfig,
  resetDeps,
  resumesHandler,
  routes,
  serviceSettings,
  systemHandler,
  tailoringHandler,
  visionHandler,
  webhookDeliveryHandler,
  webhooksHandler,
} from "@futodama/functions";
import { createServiceDeps, type ServiceDeps } from "@futodama/services";
import {
  documentIngestName,
  matchDeepDiveName,
  reconcileName,
  rematchName,
  tailorName,
} from "@futodama/workflow";
import { createLocalExecutor, type LocalExecutor } from "@futodama/workflow/local";
import { AdmissionControl, admissionLimitsFrom } from "./admission";
import { BackgroundLane } from "./background-lane";
import { corsOrigins } from "./cors";
import { type Emulator, pollEmulatorQueue, startEmulator } from "./emulator";
import { type HttpServerOptions, startHttpServer } from "./http-server";
import { startLambdaEndpoint } from "./lambda-endpoint";
import { startMetricsRegistry } from "./metrics";
import { createWorkerParser } from "./parse-pool";
import { devSecret } from "./paths";
import {
  type ReconcileScheduler,
  reconcileIntervalFrom,
  startReconcileScheduler,
} from "./reconcile-scheduler";
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
  /** Told of every HTTP answer (the tests' contract check). */
  onExchange?: HttpServerOptions["onExchange"];
}

export interface LocalRuntime {
  apiUrl: string;
  jwtSecret: string;
  deps: ServiceDeps;
  emulator: Emulator;
  executor: LocalExecutor;
  /** The local stand-in for the Rematch CronV2 schedule (`tick()` runs the current slot). */
  scheduler: Scheduler;
  /** Issue 11: Reconcile on a timer, and once at start for what a crash left behind. */
  reconciler: ReconcileScheduler;
  /** Where its endpoints are (what `.data/runtime.json` holds for the CLI). */
  state: RuntimeState;
  stop(): Promise<void>;
}

const region = "us-east-1";
const uploads = "futodama-local-uploads";
const drops = "futodama-local-drops";
const ingestQueue = "futodama-local-ingest";
const ingestDlq = "futodama-local-ingest-dlq";
const webhookQueue = "futodama-local-webhooks";
const webhookDlq = "futodama-local-webhooks-dlq";

/**
 * The whole system in one process, on embedded parts, through the same AWS SDK clients and the
 * same handlers as in Lambda: fauxqs (S3 + SQS, with bucket notifications), PGlite, the
 * Step Functions runner behind a local SFN endpoint, and API Gateway as a node:http server.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const startedAt = new Date();
  const dataDir = options.dataDir;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const jwtSecret =
    options.env?.JWT_SECRET ?? (dataDir ? devSecret(dataDir) : randomBytes(32).toString("base64url"));

  // The emulator's only key, new at every start: the in-process SDK clients read it from the
  // standard AWS variables (as on Lambda), the CLI from runtime.json (mode 0600).
  const credentials = {
    accessKeyId: `FUTODAMA${randomBytes(6).toString("hex").toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString("base64url"),
  };
  const emulator = await startEmulator({
    credentials,
    corsOrigins: (
      options.env?.LOCAL_UPLOAD_CORS_ORIGINS ??
      process.env.LOCAL_UPLOAD_CORS_ORIGINS ??
      "http://localhost:5173"
    )
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    dataDir: dataDir ? join(dataDir, "fauxqs") : undefined,
    s3Dir: dataDir ? join(dataDir, "s3") : undefined,
    region,
    buckets: [uploads, drops],
    queues: [
      { name: ingestDlq },
      { name: ingestQueue, visibilityTimeout: 60, deadLetter: { queue: ingestDlq, maxReceiveCount: 3 } },
      // Issue 13: as stacks/storage.ts; the attempts are the config's, so a test may make them few.
      { name: webhookDlq },
      {
        name: webhookQueue,
        visibilityTimeout: 180,
        deadLetter: { queue: webhookDlq, maxReceiveCount: Number(options.env?.WEBHOOK_MAX_ATTEMPTS ?? 8) },
      },
    ],
    notifications: [
      { bucket: uploads, queue: ingestQueue, prefix: "tenants/" },
      { bucket: drops, queue: ingestQueue },
    ],
  });

  const retryIntervalOverrideMs = Number(options.env?.LOCAL_RETRY_INTERVAL_MS ?? 200);
  const ingestConcurrency = Number(
    options.env?.LOCAL_INGEST_CONCURRENCY ?? process.env.LOCAL_INGEST_CONCURRENCY ?? 4,
  );
  const admission = new AdmissionControl(admissionLimitsFrom({ ...process.env, ...options.env }));
  const executor = createLocalExecutor({
    ...localWorkflows({
      matchMaxConcurrency: Number(
        options.env?.MATCH_MAX_CONCURRENCY ?? process.env.MATCH_MAX_CONCURRENCY ?? 10,
      ),
      // While API requests wait for a turn, ingest steps wait too (at most a second, one at a time).
      ingestLane: new BackgroundLane({
        idleSlots: ingestConcurrency,
        busySlots: 0,
        apiBusy: () => admission.waiting() > 0,
      }),
    }),
    retryIntervalOverrideMs,
    // A burst of uploads is ingested a few at a time (the rest wait, RUNNING, in order), so reads
    // and uploads keep the one event loop and the one embedded database.
    maxConcurrentRuns: { [documentIngestName]: ingestConcurrency },
  });
  const sfn = await startSfnEndpoint(executor);
  // What ApiVision invokes (OCR_FUNCTION_NAME) and step 1 of a sharded tenant invokes per shard
  // (MATCH_SHARD_FUNCTION_NAME), answered by the same handlers, in this process.
  const ocrFunctionName = "OcrTextTask";
  const matchShardFunctionName = "MatchShardTask";
  const invoked: Record<string, (payload: unknown) => Promise<unknown>> = {
    [ocrFunctionName]: (payload) => ocrTextHandler(payload),
    [matchShardFunctionName]: (payload) =>
      matchShardHandler(payload as Parameters<typeof matchShardHandler>[0]),
  };
  const lambda = await startLambdaEndpoint(new Set(Object.keys(invoked)), (name, payload) =>
    (invoked[name] ?? (() => Promise.reject(new Error(`No function ${name}`))))(payload),
  );

  const env: Record<string, string> = {
    STAGE: "local",
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    S3_ENDPOINT: emulator.endpoint,
    S3_FORCE_PATH_STYLE: "true",
    SQS_ENDPOINT: emulator.endpoint,
    WEBHOOK_QUEUE_URL: emulator.queueUrl(webhookQueue),
    // Local receivers (tests, a developer's own server) listen on 127.0.0.1 over http.
    WEBHOOK_URL_POLICY: "allow-loopback",
    SFN_ENDPOINT: sfn.url,
    LAMBDA_ENDPOINT: lambda.url,
    OCR_FUNCTION_NAME: ocrFunctionName,
    MATCH_SHARD_FUNCTION_NAME: matchShardFunctionName,
    UPLOADS_BUCKET: uploads,
    DROPS_BUCKET: drops,
    DOCUMENT_INGEST_ARN: executor.stateMachineArn(documentIngestName),
    REMATCH_ARN: executor.stateMachineArn(rematchName),
    RECONCILE_ARN: executor.stateMachineArn(reconcileName),
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
  // Documents are read and parsed on a worker thread, so a big ingest never stalls the API
  // (PARSE_IN_WORKER=0 parses inline, as a Lambda does).
  const parser = (env.PARSE_IN_WORKER ?? process.env.PARSE_IN_WORKER) === "0" ? null : createWorkerParser();
  if (parser) deps.parser = parser;
  provideDeps(deps);

  const poller = pollEmulatorQueue(emulator, ingestQueue, region, (event) => ingestStarterHandler(event));
  const webhookPoller = pollEmulatorQueue(emulator, webhookQueue, region, (event) =>
    webhookDeliveryHandler(event),
  );

  const metrics = startMetricsRegistry();
  // Several accepting sockets on the API's port (see HttpServerOptions.listeners).
  const apiListeners = Number(options.env?.LOCAL_API_LISTENERS ?? process.env.LOCAL_API_LISTENERS ?? 32);
  const http = await startHttpServer({
    metrics,
    admission,
    listeners: apiListeners,
    port: options.port,
    // Closed by default: HOST=0.0.0.0 exposes the API on purpose (the emulators stay on loopback).
    host: options.host ?? process.env.HOST ?? "127.0.0.1",
    routes,
    handlers: {
      system: systemHandler,
      jobs: jobsHandler,
      resumes: resumesHandler,
      codex: codexHandler,
      vision: visionHandler,
      match: matchHandler,
      tailoring: tailoringHandler,
      webhooks: webhooksHandler,
      batches: batchesHandler,
      ops: opsHandler,
      audit: auditHandler,
      analytics: analyticsHandler,
    },
    maxBodyBytes: cfg.MAX_UPLOAD_BYTES + 1024 * 1024,
    corsOrigins: corsOrigins(process.env),
    ...(options.onExchange ? { onExchange: options.onExchange } : {}),
  });

  const scheduler = startScheduler({
    sfn: deps.sfn,
    rematchArn: env.REMATCH_ARN ?? "",
    intervalMinutes: rematchIntervalFrom(
      env.REMATCH_INTERVAL_MINUTES ?? process.env.REMATCH_INTERVAL_MINUTES,
    ),
    onError: (error) => process.stderr.write(`futodama: scheduled rematch not started: ${String(error)}\n`),
  });
  const reconciler = startReconcileScheduler({
    sfn: deps.sfn,
    reconcileArn: env.RECONCILE_ARN ?? "",
    intervalMinutes: reconcileIntervalFrom(
      env.RECONCILE_INTERVAL_MINUTES ?? process.env.RECONCILE_INTERVAL_MINUTES,
    ),
    startedAt,
    onError: (error) => process.stderr.write(`futodama: reconcile not started: ${String(error)}\n`),
  });
  const state: RuntimeState = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    region,
    apiUrl: http.url,
    s3Endpoint: emulator.endpoint,
    credentials,
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
    reconciler,
    state,
    async stop() {
      if (stopped) return;
      stopped = true;
      scheduler.stop();
      reconciler.stop();
      if (dataDir) removeRuntimeState(dataDir);
      await http.close();
      await poller.stop();
      await webhookPoller.stop();
      metrics.stop();
      await executor.stopAll();
      await parser?.close();
      // Idle keep-alive sockets of the SDK clients (the reconciler's, say) would hold close() open.
      const sfnClosed = new Promise<void>((resolve) => sfn.server.close(() => resolve()));
      sfn.server.closeAllConnections();
      await sfnClosed;
      const lambdaClosed = new Promise<void>((resolve) => lambda.server.close(() => resolve()));
      lambda.server.closeAllConnections();
      await lambdaClosed;
      await deps.storage.close();
      await emulator.stop();
      resetDeps();
    },
  };
}

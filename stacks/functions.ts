import { type HttpDomain, httpDomains } from "@futodama/functions/routes";
import {
  type DocumentIngestTask,
  documentIngestTaskTimeouts,
  type MatchDeepDiveTask,
  matchDeepDiveTaskTimeouts,
  type ReconcileTask,
  type RematchTask,
  reconcileTaskTimeouts,
  rematchTaskTimeouts,
  type TailorTask,
  tailorTaskTimeouts,
} from "@futodama/workflow";
import functionsPackage from "../packages/functions/package.json" with { type: "json" };
import {
  apiTimeoutSeconds,
  ingestStarterTimeoutSeconds,
  matchShardTimeoutSeconds,
  migratorTimeoutSeconds,
  webhookDeliveryTimeoutSeconds,
} from "./timeouts";

/*
 * THE function table: every Lambda of the app, declared once. The SST stacks (stacks/*.ts) build
 * their `sst.aws.Function`s from it, and `pnpm package` (scripts/package) builds the very same
 * artifacts from it, so what the artifact tier tests is what `sst deploy` ships. Plain data: no
 * SST globals, so scripts and tests import it outside `sst`.
 */

/** Every function runs on the same runtime (and esbuild targets it: es2024 for nodejs24.x). */
export const runtime = "nodejs24.x";

export type SecretName = "DatabaseUrl" | "DatabaseDirectUrl" | "JwtSecret" | "OpenaiApiKey";
export type BucketName = "uploads" | "drops";
/**
 * What a function does with a bucket; each maps to the S3 actions it needs. "list" is granted
 * on the bucket itself (ListObjectsV2), the others on its objects.
 */
export type BucketAccess = "read" | "write" | "delete" | "list";
export type MachineName = "DocumentIngest" | "MatchDeepDive" | "Tailor" | "Rematch" | "Reconcile";
/**
 * What a function may do with a state machine: know its ARN, start it, or (the reconciler)
 * start it and describe its executions.
 */
export type MachineAccess = "arn" | "start" | "recover";

/** Queues a function sends to or consumes from (issue 13: the webhook delivery queue). */
export type QueueName = "webhooks";
export type QueueAccess = "send" | "consume";

/**
 * Functions another function invokes directly (Lambda Invoke): ApiVision hands images and scans
 * to OcrTextTask rather than carrying a 100 MB OCR engine of its own; step 1 of a sharded tenant
 * invokes MatchShardTask once per shard (issue 14).
 */
export type InvokedFunction = "OcrTextTask" | "MatchShardTask";

/**
 * Settings a deployment may choose, read by `sst deploy` from its own environment (else the
 * default here) and given only to the functions whose row names them. Issue 14: the shard size
 * is read by the one function that lays a tenant's index out (SnapshotIndexesTask).
 */
export const deploySettings = { INDEX_SHARD_SIZE: "250000" } as const;
export type DeploySetting = keyof typeof deploySettings;

/**
 * Runtime data a function needs at run time beyond its bundle, shipped in its artifact
 * (copyFiles) or installed next to it (nodejs.install) — only into the functions that need it.
 */
export type RuntimeData = "taxonomy" | "migrations" | "ocr" | "fonts" | "docs";

export interface CopyFile {
  /** From the repository root (where sst.config.ts is). */
  from: string;
  /** Inside the function's package, relative to its root (LAMBDA_TASK_ROOT). */
  to: string;
}

export interface RuntimeDataSpec {
  copyFiles?: readonly CopyFile[];
  /** Packages that cannot be bundled: SST `npm install`s them into the artifact's node_modules. */
  install?: readonly string[];
  /** esbuild loaders by file extension (SST `nodejs.loader`), e.g. `{ ".ttf": "binary" }`. */
  loader?: Readonly<Record<string, EsbuildLoader>>;
}

/** The loaders SST passes on to esbuild (pkg/runtime/node/node.go `loaderMap`). */
export type EsbuildLoader =
  | "js"
  | "jsx"
  | "ts"
  | "tsx"
  | "css"
  | "json"
  | "text"
  | "base64"
  | "file"
  | "dataurl"
  | "binary";
/**
 * DejaVu Sans (npm dejavu-fonts-ttf), as the PDF export reads it: the three faces it sets,
 * brotli-compressed in packages/documents/fonts (`pnpm fonts:compress`; 0.86 MB instead of 2.1 MB).
 */
const fontFiles = ["DejaVuSans.ttf.br", "DejaVuSans-Bold.ttf.br", "DejaVuSans-Oblique.ttf.br"];

/*
 * Codex rules and prompts are not runtime data: they are small JSON files that the code imports
 * (core/src/codex/rules.ts, ai/src/prompts.ts), so the bundler embeds them. No function loads
 * the codex directory itself (loadCodex serves the tests and scripts), hence no "codex" kind.
 */

/** Where each kind of runtime data comes from and where it lands in the function's package. */
export const runtimeData: Record<RuntimeData, RuntimeDataSpec> = {
  // The compact taxonomy (1.5 MB brotli, its phrase dictionaries prebuilt; built from skills.json
  // and titles.json by `pnpm taxonomy:compact`), read by the loader from `${LAMBDA_TASK_ROOT}/codex/taxonomy`.
  taxonomy: {
    copyFiles: [{ from: "codex/taxonomy/taxonomy.json.br", to: "codex/taxonomy/taxonomy.json.br" }],
  },
  // drizzle's migrator reads the SQL files and the journal from `${LAMBDA_TASK_ROOT}/migrations`.
  migrations: { copyFiles: [{ from: "packages/storage/migrations", to: "migrations" }] },
  // Tesseract runs its WASM core in a worker script of its own package, and reads the trained data
  // (eng, dan, ara) from their npm packages: neither can be bundled, so both are installed.
  ocr: {
    install: [
      "tesseract.js",
      "@tesseract.js-data/eng",
      "@tesseract.js-data/dan",
      "@tesseract.js-data/ara",
      "@napi-rs/canvas",
    ],
  },
  // The PDF export's fonts, read from `${LAMBDA_TASK_ROOT}/fonts` (documents/src/render/fonts.ts).
  fonts: {
    copyFiles: fontFiles.map((file) => ({
      from: `packages/documents/fonts/${file}`,
      to: `fonts/${file}`,
    })),
  },
  // The API's docs page: Swagger UI's script and stylesheet (npm swagger-ui-dist), read by
  // packages/functions/src/http/docs-page.ts from `${LAMBDA_TASK_ROOT}/docs/swagger-ui`.
  docs: {
    copyFiles: ["swagger-ui-bundle.js", "swagger-ui.css"].map((file) => ({
      from: `packages/functions/node_modules/swagger-ui-dist/${file}`,
      to: `docs/swagger-ui/${file}`,
    })),
  },
};

/**
 * esbuild options beyond SST's fixed ones, the same for every function. SST documents `minify`
 * as on by default, but its build reads an absent `minify` as false (pkg/runtime/node: a plain
 * bool), so it is set explicitly: a minified bundle is about half the size and parses faster.
 */
export const nodejsBuild = { minify: true } as const;

export type FunctionRole =
  | { kind: "api"; domain: HttpDomain }
  | { kind: "task"; machine: MachineName; task: string }
  | { kind: "queue" }
  | { kind: "schedule" }
  | { kind: "deploy" }
  /** Called by other functions through Lambda Invoke, by no trigger of its own. */
  | { kind: "invoked" };

export interface FunctionSpec {
  /** The SST component name (`ApiJobs`, `NormalizeTask`): also the artifact's folder name. */
  name: string;
  /** From the repository root, `<file without extension>.<export>` as SST takes it. */
  handler: string;
  memoryMb: number;
  timeoutSeconds: number;
  /** POWERTOOLS_SERVICE_NAME. */
  service: string;
  role: FunctionRole;
  /** The secrets whose values it gets (as DATABASE_URL, JWT_SECRET, OPENAI_API_KEY); no others. */
  secrets: readonly SecretName[];
  /** The buckets it touches and how; it gets their names and exactly those S3 actions. */
  buckets: Partial<Record<BucketName, readonly BucketAccess[]>>;
  /** State machines it must know (ARN in its environment) and, with "start", may start. */
  machines: Partial<Record<MachineName, MachineAccess>>;
  data: readonly RuntimeData[];
  /** Functions it invokes: it gets their names and `lambda:InvokeFunction` on exactly them. */
  invokes?: readonly InvokedFunction[];
  /** Queues it uses: it gets their URLs and exactly the SQS actions of the access. */
  queues?: Partial<Record<QueueName, QueueAccess>>;
  /** Deployment settings it reads (deploySettings), in its environment under their own names. */
  settings?: readonly DeploySetting[];
}

const taskHandler = (file: string) => `packages/functions/src/tasks/${file}.handler`;

/** `jobs` → `ApiJobs`: the SST component name of a domain's Lambda. */
export function apiFunctionName(domain: HttpDomain): string {
  return `Api${domain.charAt(0).toUpperCase()}${domain.slice(1)}`;
}

type ApiAccess = Pick<FunctionSpec, "secrets" | "buckets" | "machines" | "data" | "invokes" | "queues">;

/** Emits webhook events (issue 13): a message per delivery on the webhook queue. */
const emitsEvents = { webhooks: "send" } as const;

/** What each domain's router needs: every one but `system` checks tokens and reads the database. */
const apiAccess: Record<HttpDomain, ApiAccess> = {
  // Health, version, the OpenAPI document and its page: nothing secret, nothing stored.
  system: { secrets: [], buckets: {}, machines: {}, data: ["docs"] },
  // Uploads, and the retry of a failed document: its stored file (either bucket) is checked and
  // DocumentIngest restarted.
  // A batch upload whose files all settle at once (duplicates, refusals) announces batch.completed.
  jobs: {
    secrets: ["DatabaseUrl", "JwtSecret"],
    buckets: { uploads: ["read", "write"], drops: ["read"] },
    machines: { DocumentIngest: "start" },
    data: [],
    queues: emitsEvents,
  },
  resumes: {
    secrets: ["DatabaseUrl", "JwtSecret"],
    buckets: { uploads: ["read", "write"], drops: ["read"] },
    machines: { DocumentIngest: "start" },
    data: [],
    queues: emitsEvents,
  },
  codex: { secrets: ["DatabaseUrl", "JwtSecret"], buckets: {}, machines: {}, data: ["taxonomy"] },
  // Reads an image or scan now (nothing stored) by invoking OcrTextTask, which carries the OCR
  // engine (tesseract offline, OpenAI vision with a key): this handler stays a few hundred KB.
  // The database for its rate limit only (issue 13).
  vision: {
    secrets: ["DatabaseUrl", "JwtSecret"],
    buckets: {},
    machines: {},
    data: [],
    invokes: ["OcrTextTask"],
  },
  // Step 1 ends in the request: it announces match.step1.completed. A cold instance restores the
  // tenant's candidate index from its snapshot (uploads, indexes/) instead of reading every CV;
  // a sharded tenant's step 1 is fanned out to MatchShardTask, one invocation per shard.
  match: {
    secrets: ["DatabaseUrl", "JwtSecret"],
    buckets: { uploads: ["read"] },
    machines: { MatchDeepDive: "start" },
    data: ["taxonomy"],
    queues: emitsEvents,
    invokes: ["MatchShardTask"],
  },
  // Exports the tailored CV as PDF, set in the shipped fonts.
  tailoring: {
    secrets: ["DatabaseUrl", "JwtSecret"],
    buckets: { uploads: ["read"] },
    machines: { Tailor: "start" },
    data: ["fonts"],
  },
  // Webhook endpoints of the tenant; test-fire queues a delivery.
  webhooks: {
    secrets: ["DatabaseUrl", "JwtSecret"],
    buckets: {},
    machines: {},
    data: [],
    queues: emitsEvents,
  },
  // Issue 13: a batch's progress and export, from the database alone.
  batches: { secrets: ["DatabaseUrl", "JwtSecret"], buckets: {}, machines: {}, data: [] },
  // Issue 13: the dashboard and skills report, from the database; the taxonomy names the skills.
  analytics: { secrets: ["DatabaseUrl", "JwtSecret"], buckets: {}, machines: {}, data: ["taxonomy"] },
  // GET /ready: a query on the database, HeadBucket on both buckets (s3:ListBucket); no token.
  ops: {
    secrets: ["DatabaseUrl"],
    buckets: { uploads: ["list"], drops: ["list"] },
    machines: {},
    data: [],
  },
  // Issue 13: the AI audit trail, from the database alone.
  audit: { secrets: ["DatabaseUrl", "JwtSecret"], buckets: {}, machines: {}, data: [] },
};

const apiFunctions: FunctionSpec[] = (Object.keys(httpDomains) as HttpDomain[]).map((domain) => ({
  name: apiFunctionName(domain),
  handler: httpDomains[domain],
  memoryMb: 1024,
  timeoutSeconds: apiTimeoutSeconds,
  service: `api-${domain}`,
  role: { kind: "api", domain },
  ...apiAccess[domain],
}));

type TaskSpec = Omit<FunctionSpec, "role" | "service" | "timeoutSeconds" | "machines"> & {
  machines?: FunctionSpec["machines"];
};

function machineTasks<T extends string>(
  machine: MachineName,
  service: string,
  timeouts: Record<T, number>,
  tasks: Record<T, TaskSpec>,
): Record<T, FunctionSpec> {
  const out = {} as Record<T, FunctionSpec>;
  for (const task of Object.keys(tasks) as T[]) {
    const spec = tasks[task];
    out[task] = {
      ...spec,
      machines: spec.machines ?? {},
      service,
      timeoutSeconds: timeouts[task],
      role: { kind: "task", machine, task },
    };
  }
  return out;
}

const db: SecretName[] = ["DatabaseUrl"];
const withAi: SecretName[] = ["DatabaseUrl", "OpenaiApiKey"];

/** DocumentIngest: object → text → card → record → live rankings. */
export const documentIngestFunctions = machineTasks<DocumentIngestTask>(
  "DocumentIngest",
  "document-ingest",
  documentIngestTaskTimeouts,
  {
    // PDF/DOCX parsing is the memory-hungry step; reads from either bucket, writes derived/.
    extractText: {
      name: "ExtractTextTask",
      handler: taskHandler("extract-text"),
      memoryMb: 2048,
      secrets: db,
      buckets: { uploads: ["read", "write"], drops: ["read"] },
      data: [],
    },
    // Tesseract on page images (or OpenAI vision with a key): the slowest step, run only for scans.
    // ApiVision also invokes it directly, with the file in the event (ocr-text.ts).
    ocrText: {
      name: "OcrTextTask",
      handler: taskHandler("ocr-text"),
      memoryMb: 3008,
      secrets: withAi,
      buckets: { uploads: ["read", "write"], drops: ["read"] },
      data: ["ocr"],
    },
    normalize: {
      name: "NormalizeTask",
      handler: taskHandler("normalize"),
      memoryMb: 1024,
      secrets: withAi,
      buckets: { uploads: ["read", "write"] },
      data: ["taxonomy"],
    },
    // Stores the card; it never scores (no candidate index is warm in its own process).
    persist: {
      name: "PersistTask",
      handler: taskHandler("persist"),
      memoryMb: 1024,
      secrets: db,
      buckets: { uploads: ["read"] },
      data: [],
      queues: emitsEvents,
    },
    // Scores a new CV against every open job (or ranks a new job) into the live rankings; ranking
    // a job restores the tenant's index snapshot (uploads, indexes/) on a cold start, or fans out
    // to MatchShardTask for a sharded tenant.
    match: {
      name: "MatchTask",
      handler: taskHandler("match-new-document"),
      memoryMb: 1024,
      secrets: db,
      buckets: { uploads: ["read"] },
      data: ["taxonomy"],
      invokes: ["MatchShardTask"],
    },
    markFailed: {
      name: "MarkFailedTask",
      handler: taskHandler("mark-failed"),
      memoryMb: 512,
      secrets: db,
      buckets: {},
      data: [],
      queues: emitsEvents,
    },
  },
);

/** MatchDeepDive (step 2): one AI analysis per selected candidate. */
export const matchDeepDiveFunctions = machineTasks<MatchDeepDiveTask>(
  "MatchDeepDive",
  "match-deep-dive",
  matchDeepDiveTaskTimeouts,
  {
    // Scores the pair and waits on the LLM: little CPU, but the job and CV cards are in memory.
    analyzeCandidate: {
      name: "AnalyzeCandidateTask",
      handler: taskHandler("analyze-candidate"),
      memoryMb: 1024,
      secrets: withAi,
      buckets: { uploads: ["read"] },
      data: ["taxonomy"],
    },
    markCandidateFailed: {
      name: "MarkCandidateFailedTask",
      handler: taskHandler("mark-candidate-failed"),
      memoryMb: 512,
      secrets: db,
      buckets: {},
      data: [],
    },
    finishDeepDive: {
      name: "FinishDeepDiveTask",
      handler: taskHandler("finish-deep-dive"),
      memoryMb: 512,
      secrets: db,
      buckets: {},
      data: [],
      queues: emitsEvents,
    },
  },
);

/** Tailor: a truthful rewrite of a CV for a job, verified. */
export const tailorFunctions = machineTasks<TailorTask>("Tailor", "tailor", tailorTaskTimeouts, {
  loadInputs: {
    name: "LoadTailorInputsTask",
    handler: taskHandler("load-tailor-inputs"),
    memoryMb: 512,
    secrets: db,
    buckets: { uploads: ["read", "write"] },
    data: [],
  },
  // Waits on the LLM (or runs the rules) with the job, the CV card and the CV text in memory.
  tailor: {
    name: "TailorTask",
    handler: taskHandler("tailor"),
    memoryMb: 1024,
    secrets: withAi,
    buckets: { uploads: ["read", "write"] },
    data: ["taxonomy"],
  },
  // The verifier and the taxonomy normalizer: CPU-bound, so more memory (and CPU).
  verify: {
    name: "VerifyTailoringTask",
    handler: taskHandler("verify-tailoring"),
    memoryMb: 1024,
    secrets: db,
    buckets: { uploads: ["read", "write"] },
    data: ["taxonomy"],
  },
  persist: {
    name: "PersistTailoringTask",
    handler: taskHandler("persist-tailoring"),
    memoryMb: 512,
    secrets: db,
    buckets: { uploads: ["read"] },
    data: [],
    queues: emitsEvents,
  },
  markTailoringFailed: {
    name: "MarkTailoringFailedTask",
    handler: taskHandler("mark-tailoring-failed"),
    memoryMb: 512,
    secrets: db,
    buckets: {},
    data: [],
    queues: emitsEvents,
  },
});

/** Rematch: every open job re-ranked (CronV2 every 6 h). */
export const rematchFunctions = machineTasks<RematchTask>("Rematch", "rematch", rematchTaskTimeouts, {
  // Restores (or builds) each tenant's candidate index and writes its snapshot under indexes/
  // (past INDEX_SHARD_SIZE as shards, one in memory at a time, and deletes the layout it replaces):
  // a 1M-CV index and its blob are ~1 GB at the peak, and CPU comes with memory.
  snapshotIndexes: {
    name: "SnapshotIndexesTask",
    handler: taskHandler("snapshot-indexes"),
    memoryMb: 3008,
    secrets: db,
    buckets: { uploads: ["read", "write", "delete"] },
    data: ["taxonomy"],
    settings: ["INDEX_SHARD_SIZE"],
  },
  listOpenJobs: {
    name: "ListOpenJobsTask",
    handler: taskHandler("list-open-jobs"),
    memoryMb: 1024,
    secrets: db,
    buckets: {},
    data: [],
  },
  // Step 1 restores the tenant's index snapshot (uploads, indexes/) on a cold start, or fans out
  // to MatchShardTask for a sharded tenant.
  matchStep1: {
    name: "RematchJobTask",
    handler: taskHandler("rematch-job"),
    memoryMb: 1024,
    secrets: db,
    buckets: { uploads: ["read"] },
    data: ["taxonomy"],
    invokes: ["MatchShardTask"],
  },
});

/**
 * Issue 14: one shard of a sharded tenant's step 1 — restores its shard snapshot (uploads,
 * indexes/, read only), catches up on its own ids from the database, ranks and explains.
 * Invoked synchronously by ApiMatch, MatchTask and RematchJobTask, one call per shard. 1769 MB is
 * one full vCPU for the ranking kernel (Lambda's CPU grows with memory) and ~4× what a restored
 * 250,000-CV shard holds at its peak (~0.3–0.4 GB: a quarter of the 1M figure); its timeout is
 * under the API's, so a slow shard fails the request with a code rather than API Gateway's 503.
 */
export const matchShardFunction: FunctionSpec = {
  name: "MatchShardTask",
  handler: taskHandler("match-shard"),
  memoryMb: 1769,
  timeoutSeconds: matchShardTimeoutSeconds,
  service: "match-shard",
  role: { kind: "invoked" },
  secrets: db,
  buckets: { uploads: ["read"] },
  machines: {},
  data: ["taxonomy"],
};

/**
 * Reconcile (issue 11): stuck records and unregistered objects, every 15 minutes. Both passes
 * start DocumentIngest; the records pass describes its executions, the objects pass lists both
 * buckets and keeps its listing cursor under `derived/` of the uploads bucket. The events pass
 * (issue 13) sends what a crash left unannounced.
 */
export const reconcileFunctions = machineTasks<ReconcileTask>(
  "Reconcile",
  "reconcile",
  reconcileTaskTimeouts,
  {
    reconcileRecords: {
      name: "ReconcileRecordsTask",
      handler: taskHandler("reconcile-records"),
      memoryMb: 512,
      secrets: db,
      // A presigned upload whose notification was lost: its object is read and started.
      buckets: { uploads: ["read"] },
      machines: { DocumentIngest: "recover" },
      data: [],
      // What it marks failed is announced (`document.failed`, a batch it completes).
      queues: emitsEvents,
    },
    reconcileObjects: {
      name: "ReconcileObjectsTask",
      handler: taskHandler("reconcile-objects"),
      memoryMb: 512,
      secrets: db,
      // Reads what it registers (like the starter), writes its cursor, lists both buckets.
      buckets: { uploads: ["read", "write", "list"], drops: ["read", "list"] },
      machines: { DocumentIngest: "start" },
      data: [],
    },
    reconcileEvents: {
      name: "ReconcileEventsTask",
      handler: taskHandler("reconcile-events"),
      memoryMb: 512,
      secrets: db,
      buckets: {},
      machines: {},
      data: [],
      // Queues again the deliveries a crash left unqueued; announces batches it completes.
      queues: emitsEvents,
    },
  },
);

/** SQS ingest queue → a document row (idempotent) and a DocumentIngest execution. */
export const ingestStarterFunction: FunctionSpec = {
  name: "IngestStarter",
  handler: "packages/functions/src/events/ingest-starter.handler",
  memoryMb: 512,
  timeoutSeconds: ingestStarterTimeoutSeconds,
  service: "ingest-starter",
  role: { kind: "queue" },
  secrets: db,
  buckets: { uploads: ["read"], drops: ["read"] },
  machines: { DocumentIngest: "start" },
  data: [],
};

/** Issue 13: the webhook queue → one signed POST per delivery, retried with backoff, then the DLQ. */
export const webhookDeliveryFunction: FunctionSpec = {
  name: "WebhookDelivery",
  handler: "packages/functions/src/events/webhook-delivery.handler",
  memoryMb: 512,
  timeoutSeconds: webhookDeliveryTimeoutSeconds,
  service: "webhook-delivery",
  role: { kind: "queue" },
  secrets: db,
  buckets: {},
  machines: {},
  data: [],
  queues: { webhooks: "consume" },
};

/** CronV2 → a Rematch execution named after the scheduled date-hour. */
export const rematchScheduleFunction: FunctionSpec = {
  name: "RematchScheduleHandler",
  handler: "packages/functions/src/events/schedule.handler",
  memoryMb: 512,
  timeoutSeconds: 30,
  service: "rematch-schedule",
  role: { kind: "schedule" },
  secrets: [],
  buckets: {},
  machines: { Rematch: "start" },
  data: [],
};

/** CronV2 → a Reconcile execution named after the scheduled quarter-hour. */
export const reconcileScheduleFunction: FunctionSpec = {
  name: "ReconcileScheduleHandler",
  handler: "packages/functions/src/events/reconcile-schedule.handler",
  memoryMb: 512,
  timeoutSeconds: 30,
  service: "reconcile-schedule",
  role: { kind: "schedule" },
  secrets: [],
  buckets: {},
  machines: { Reconcile: "start" },
  data: [],
};

/** Applies the committed migrations once per deploy (invoked by the deployment, not by users). */
export const migratorFunction: FunctionSpec = {
  name: "Migrator",
  handler: "packages/functions/src/events/migrate.handler",
  memoryMb: 512,
  timeoutSeconds: migratorTimeoutSeconds,
  service: "migrator",
  role: { kind: "deploy" },
  // The direct (unpooled) URL when set: the migration lock is a session advisory lock.
  secrets: ["DatabaseUrl", "DatabaseDirectUrl"],
  buckets: {},
  machines: {},
  data: ["migrations"],
};

/** Every Lambda of the app. */
export const functionTable: readonly FunctionSpec[] = [
  ...apiFunctions,
  ...Object.values(documentIngestFunctions),
  ...Object.values(matchDeepDiveFunctions),
  ...Object.values(tailorFunctions),
  ...Object.values(rematchFunctions),
  ...Object.values(reconcileFunctions),
  matchShardFunction,
  ingestStarterFunction,
  webhookDeliveryFunction,
  rematchScheduleFunction,
  reconcileScheduleFunction,
  migratorFunction,
];

export function functionSpec(name: string): FunctionSpec {
  const spec = functionTable.find((f) => f.name === name);
  if (spec === undefined) throw new Error(`No function named ${name} in stacks/functions.ts`);
  return spec;
}

export function apiFunctionSpec(domain: HttpDomain): FunctionSpec {
  return functionSpec(apiFunctionName(domain));
}

/** The files copied into a function's package (SST `copyFiles`). */
export function copyFilesOf(spec: FunctionSpec): CopyFile[] {
  return spec.data.flatMap((d) => [...(runtimeData[d].copyFiles ?? [])]);
}

/** The packages installed next to its bundle (SST `nodejs.install`). */
export function installOf(spec: FunctionSpec): string[] {
  return [...new Set(spec.data.flatMap((d) => [...(runtimeData[d].install ?? [])]))];
}

/** The esbuild loaders its runtime data asks for (SST `nodejs.loader`). */
export function loaderOf(spec: FunctionSpec): Record<string, EsbuildLoader> {
  return Object.assign({}, ...spec.data.map((d) => runtimeData[d].loader ?? {}));
}

const pinned: Record<string, string> = functionsPackage.dependencies;

/**
 * The same packages with their exact versions, from packages/functions/package.json: SST
 * installs exactly these (`nodejs.install` as a map), whatever package.json it would find.
 */
export function installVersionsOf(spec: FunctionSpec): Record<string, string> {
  return Object.fromEntries(
    installOf(spec).map((name) => {
      const version = pinned[name];
      if (version === undefined || !/^\d+\.\d+\.\d+$/.test(version)) {
        throw new Error(`${name}: pin an exact version in packages/functions/package.json`);
      }
      return [name, version];
    }),
  );
}

const secretVariables: Record<SecretName, string> = {
  DatabaseUrl: "DATABASE_URL",
  DatabaseDirectUrl: "DATABASE_DIRECT_URL",
  JwtSecret: "JWT_SECRET",
  OpenaiApiKey: "OPENAI_API_KEY",
};

const bucketVariables: Record<BucketName, string> = { uploads: "UPLOADS_BUCKET", drops: "DROPS_BUCKET" };

const machineVariables: Record<MachineName, string> = {
  DocumentIngest: "DOCUMENT_INGEST_ARN",
  MatchDeepDive: "MATCH_DEEP_DIVE_ARN",
  Tailor: "TAILOR_ARN",
  Rematch: "REMATCH_ARN",
  Reconcile: "RECONCILE_ARN",
};

/** The environment keys a function gets from the stack, in a stable order. */
export function environmentKeys(spec: FunctionSpec): string[] {
  return [
    "STAGE",
    "LOG_LEVEL",
    "POWERTOOLS_SERVICE_NAME",
    // The driver is fixed by the stack wherever there is a database: Neon, over WebSockets.
    ...(spec.secrets.includes("DatabaseUrl") ? ["DATABASE_DRIVER"] : []),
    ...spec.secrets.map((s) => secretVariables[s]),
    ...(Object.keys(spec.buckets) as BucketName[]).map((b) => bucketVariables[b]),
    ...(Object.keys(spec.machines) as MachineName[]).map((m) => machineVariables[m]),
    ...(spec.invokes ?? []).map((f) => functionVariables[f]),
    ...(Object.keys(spec.queues ?? {}) as QueueName[]).map((q) => queueVariables[q]),
    ...(spec.settings ?? []),
  ];
}

/** The variable holding a queue's URL. */
const queueVariables: Record<QueueName, string> = { webhooks: "WEBHOOK_QUEUE_URL" };

/** The variable holding an invoked function's name. */
const functionVariables: Record<InvokedFunction, string> = {
  OcrTextTask: "OCR_FUNCTION_NAME",
  MatchShardTask: "MATCH_SHARD_FUNCTION_NAME",
};

export { bucketVariables, functionVariables, machineVariables, queueVariables, secretVariables };

/** S3 actions for an access mode (HeadObject is allowed by s3:GetObject). */
export const bucketActions: Record<BucketAccess, readonly string[]> = {
  read: ["s3:GetObject"],
  write: ["s3:PutObject"],
  delete: ["s3:DeleteObject"],
  list: ["s3:ListBucket"],
};

/** Access modes granted on the bucket's ARN itself; the rest are granted on `<bucket>/*`. */
export const bucketLevelAccess: readonly BucketAccess[] = ["list"];

/** Step Functions actions for a machine access mode, on the machine and on its executions. */
export const machineActions: Record<MachineAccess, { machine: string[]; executions: string[] }> = {
  arn: { machine: [], executions: [] },
  start: { machine: ["states:StartExecution"], executions: [] },
  recover: { machine: ["states:StartExecution"], executions: ["states:DescribeExecution"] },
};

/** SQS actions for a queue access mode: consuming is what SST grants a queue's own subscribers. */
export const queueActions: Record<QueueAccess, readonly string[]> = {
  send: ["sqs:SendMessage"],
  consume: [
    "sqs:ChangeMessageVisibility",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
    "sqs:GetQueueUrl",
    "sqs:ReceiveMessage",
  ],
};

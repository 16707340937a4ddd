import type { S3Client } from "@aws-sdk/client-s3";
import type { SFNClient } from "@aws-sdk/client-sfn";
import type { CardEnhancer, Embedder, MatchAnalyzer, ResumeTailor } from "@futodama/ai";
import type { MatchShardAnswer, MatchShardRequest } from "@futodama/core";
import type { DocumentOcr } from "@futodama/documents";
import type { Storage, StorageConfig } from "@futodama/storage";
import type { DocumentParser } from "./document/parser";
import type { VisionResult } from "./document/vision";
import type { WebhookQueue, WebhookSettings } from "./webhooks/queue";

/** Everything a flow needs from the outside world, handed in (never imported as a global). */
export interface ServiceDeps {
  storage: Storage;
  s3: S3Client;
  sfn: SFNClient;
  /**
   * The two buckets' names. A deployed function is given only the buckets it uses; reading the
   * name of one it was not given throws a configuration error naming the variable.
   */
  buckets: { readonly uploads: string; readonly drops: string };
  /** The DocumentIngest state machine; only the ingest starter starts it, so only it needs it. */
  documentIngestArn?: string | undefined;
  /** The MatchDeepDive state machine (step 2); only the match API starts it, so only it needs it. */
  matchDeepDiveArn?: string | undefined;
  /** The Tailor state machine; only the tailoring API starts it, so only it needs it. */
  tailorArn?: string | undefined;
  /** Document understanding: OpenAI when configured, else the offline rules provider. */
  enhancer: CardEnhancer;
  /**
   * Embeddings of skills and summaries (issue 14): OpenAI's when a key is configured, else none —
   * offline, step 1 is the rules path alone. Only Normalize builds it (it embeds at ingest).
   */
  embedder?: Embedder | null | undefined;
  /** Step-2 analysis: OpenAI when configured, else the rules provider (rule-based, says so). */
  analyzer: MatchAnalyzer;
  /** Tailoring proposals: OpenAI when configured, else the rules provider (offline, deterministic). */
  tailor: ResumeTailor;
  /**
   * OCR for scans (tesseract offline, or OpenAI vision with a key); only the functions that read
   * scans build it (capabilities/ocr). Without it a scan fails with a clear code.
   */
  ocr?: DocumentOcr | undefined;
  /**
   * Reads an image or scan now, in the function that carries OCR (capabilities/ocr-function):
   * how ApiVision reads, without an OCR engine of its own.
   */
  readScan?: ((bytes: Uint8Array, filename: string) => Promise<VisionResult>) | undefined;
  /**
   * One shard's step 1 of a sharded tenant, answered by the shard function (MatchShardTask, through
   * Lambda Invoke: capabilities/match-shards); only the functions that run step 1 build it.
   */
  matchShards?: ((request: MatchShardRequest) => Promise<MatchShardAnswer>) | undefined;
  /**
   * Where text is read and parsed: inline when absent (Lambda: one request per instance); the
   * local runtime hands in a worker thread so one big document never blocks its event loop.
   */
  parser?: DocumentParser | undefined;
  /**
   * The webhook delivery queue (issue 13); only the functions that emit events or deliver them
   * build it (capabilities/webhook-queue).
   */
  webhookQueue?: WebhookQueue | undefined;
  /** How webhooks are checked and delivered (URL policy, timeout, attempts, backoff, size). */
  webhooks: WebhookSettings;
  limits: {
    /** Largest file accepted, in bytes (default 10 MB). */
    maxUploadBytes: number;
    /** How long a presigned upload URL stays valid, in seconds. */
    presignTtlSeconds: number;
    /** Past this many candidates a tenant's index is kept (and ranked) as shards; default 250,000. */
    indexShardSize?: number | undefined;
  };
}

export interface AwsSettings {
  region: string;
  /** Set locally (fauxqs, the local Step Functions endpoint); unset on AWS. */
  s3Endpoint?: string | undefined;
  s3ForcePathStyle?: boolean;
  sfnEndpoint?: string | undefined;
  /** The Lambda API (Invoke); set locally to the runtime's own endpoint. */
  lambdaEndpoint?: string | undefined;
  /** SQS; set locally (fauxqs serves S3 and SQS on one endpoint). */
  sqsEndpoint?: string | undefined;
}

export interface ServiceSettings
  extends AwsSettings,
    Omit<
      ServiceDeps,
      | "storage"
      | "s3"
      | "sfn"
      | "enhancer"
      | "embedder"
      | "analyzer"
      | "tailor"
      | "ocr"
      | "readScan"
      | "matchShards"
      | "parser"
      | "webhookQueue"
    > {
  /** The webhook delivery queue's URL: given to the functions that emit or deliver events. */
  webhookQueueUrl?: string | undefined;
  database: StorageConfig;
  /** The function ApiVision invokes to read scans (OcrTextTask's name). */
  ocrFunctionName?: string | undefined;
  /** The function step 1 invokes per shard of a sharded tenant (MatchShardTask's name). */
  matchShardFunctionName?: string | undefined;
  ai: {
    openaiApiKey?: string | undefined;
    openaiBaseUrl?: string | undefined;
    model?: string | undefined;
    embeddingsModel?: string | undefined;
    embeddingsDimensions?: number | undefined;
  };
}

/**
 * One capability of the outside world (the database, S3, an AI provider…), built from the
 * settings. Each lives in its own module (capabilities/*) so that a function's bundle holds only
 * the clients and providers its handler names.
 */
export type Capability = (settings: ServiceSettings) => Partial<ServiceDeps> | Promise<Partial<ServiceDeps>>;

/** What every function knows without building anything: bucket names, machine ARNs, limits. */
export function settingsDeps(
  settings: ServiceSettings,
): Pick<
  ServiceDeps,
  "buckets" | "documentIngestArn" | "matchDeepDiveArn" | "tailorArn" | "limits" | "webhooks"
> {
  return {
    buckets: settings.buckets,
    documentIngestArn: settings.documentIngestArn,
    matchDeepDiveArn: settings.matchDeepDiveArn,
    tailorArn: settings.tailorArn,
    limits: settings.limits,
    webhooks: settings.webhooks,
  };
}

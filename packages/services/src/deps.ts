import { S3Client } from "@aws-sdk/client-s3";
import { SFNClient } from "@aws-sdk/client-sfn";
import {
  type CardEnhancer,
  createAnalyzer,
  createCardEnhancer,
  createTailor,
  type MatchAnalyzer,
  openAiVisionOcr,
  type ResumeTailor,
} from "@futodama/ai";
import type { OcrProvider } from "@futodama/documents";
import { createStorage, type Storage, type StorageConfig } from "@futodama/storage";

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
  /** Step-2 analysis: OpenAI when configured, else the rules provider (rule-based, says so). */
  analyzer: MatchAnalyzer;
  /** Tailoring proposals: OpenAI when configured, else the rules provider (offline, deterministic). */
  tailor: ResumeTailor;
  /** OCR for scans: tesseract offline (default) or a vision provider. */
  ocr?: OcrProvider | true;
  limits: {
    /** Largest file accepted, in bytes (default 10 MB). */
    maxUploadBytes: number;
    /** How long a presigned upload URL stays valid, in seconds. */
    presignTtlSeconds: number;
  };
}

export interface AwsSettings {
  region: string;
  /** Set locally (fauxqs, the local Step Functions endpoint); unset on AWS. */
  s3Endpoint?: string | undefined;
  s3ForcePathStyle?: boolean;
  sfnEndpoint?: string | undefined;
}

export interface ServiceSettings
  extends AwsSettings,
    Omit<ServiceDeps, "storage" | "s3" | "sfn" | "enhancer" | "analyzer" | "tailor"> {
  database: StorageConfig;
  ai: { openaiApiKey?: string | undefined; openaiBaseUrl?: string | undefined; model?: string | undefined };
}

/**
 * Issue 11: the local emulator checks signatures, so the embedded endpoints get the runtime's
 * own key, handed in the standard AWS variables as Lambda hands its role's.
 */
function endpointCredentials() {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
  return accessKeyId && secretAccessKey
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId: "local", secretAccessKey: "local" };
}

/** The same SDK clients everywhere; locally they point at the embedded endpoints. */
export function createAwsClients(settings: AwsSettings): { s3: S3Client; sfn: SFNClient } {
  const localCredentials = endpointCredentials();
  return {
    s3: new S3Client({
      region: settings.region,
      // Issue 9: the default flexible checksums put an empty-body CRC32 into presigned URLs,
      // which S3 then holds against the real file; checksums only where an operation needs one.
      requestChecksumCalculation: "WHEN_REQUIRED",
      ...(settings.s3Endpoint
        ? {
            endpoint: settings.s3Endpoint,
            forcePathStyle: settings.s3ForcePathStyle,
            credentials: localCredentials,
          }
        : {}),
    }),
    sfn: new SFNClient({
      region: settings.region,
      ...(settings.sfnEndpoint ? { endpoint: settings.sfnEndpoint, credentials: localCredentials } : {}),
    }),
  };
}

export async function createServiceDeps(settings: ServiceSettings): Promise<ServiceDeps> {
  const { database, region, s3Endpoint, s3ForcePathStyle, sfnEndpoint, ai, ...rest } = settings;
  return {
    storage: await createStorage(database),
    enhancer: createCardEnhancer(ai),
    analyzer: createAnalyzer({ openaiApiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model }),
    tailor: createTailor({ openaiApiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model }),
    // Scans: OpenAI vision when a key is configured, otherwise offline tesseract.
    ocr: ai.openaiApiKey
      ? openAiVisionOcr({ apiKey: ai.openaiApiKey, baseURL: ai.openaiBaseUrl, model: ai.model })
      : true,
    ...createAwsClients({ region, s3Endpoint, s3ForcePathStyle, sfnEndpoint }),
    ...rest,
  };
}

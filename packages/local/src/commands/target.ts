import { S3Client } from "@aws-sdk/client-s3";
import { SFNClient } from "@aws-sdk/client-sfn";
import { SQSClient } from "@aws-sdk/client-sqs";
import { readRuntimeState } from "../runtime-state";

/**
 * Where `drop` and `rematch` send their calls: the local runtime running on the data directory
 * (its endpoints from `.data/runtime.json`), or a deployed stage named by FUTODAMA_* variables
 * with the usual AWS credential chain. The same SDK calls either way.
 */
export interface Target {
  where: "local" | "stage";
  s3: S3Client;
  sfn: SFNClient;
  sqs: SQSClient;
  dropsBucket: string | undefined;
  documentIngestArn: string | undefined;
  ingestQueueUrl: string | undefined;
  rematchArn: string | undefined;
  /** How long the ingest queue must stay empty before a file without an execution counts as a duplicate. */
  quietMs: number;
}

export function localTarget(dataDir: string): Target | null {
  const state = readRuntimeState(dataDir);
  if (state === null) return null;
  const common = { region: state.region, credentials: state.credentials };
  return {
    where: "local",
    s3: new S3Client({ ...common, endpoint: state.s3Endpoint, forcePathStyle: true }),
    sfn: new SFNClient({ ...common, endpoint: state.sfnEndpoint }),
    sqs: new SQSClient({ ...common, endpoint: state.s3Endpoint }),
    dropsBucket: state.buckets.drops,
    documentIngestArn: state.stateMachines.documentIngest,
    ingestQueueUrl: state.ingestQueueUrl,
    rematchArn: state.stateMachines.rematch,
    // Locally the bucket notification is enqueued as the object is stored.
    quietMs: 1500,
  };
}

/** A deployed stage, when FUTODAMA_DROPS_BUCKET or FUTODAMA_REMATCH_ARN is set. */
export function stageTarget(env: NodeJS.ProcessEnv = process.env): Target | null {
  if (!env.FUTODAMA_DROPS_BUCKET && !env.FUTODAMA_REMATCH_ARN) return null;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const common = region ? { region } : {};
  return {
    where: "stage",
    s3: new S3Client(common),
    sfn: new SFNClient(common),
    sqs: new SQSClient(common),
    dropsBucket: env.FUTODAMA_DROPS_BUCKET,
    documentIngestArn: env.FUTODAMA_DOCUMENT_INGEST_ARN,
    ingestQueueUrl: env.FUTODAMA_INGEST_QUEUE_URL,
    rematchArn: env.FUTODAMA_REMATCH_ARN,
    // S3 → SQS notifications take a few seconds on AWS.
    quietMs: 20_000,
  };
}

/** A configured stage wins (it is explicit); else the running local runtime; else null. */
export function resolveTarget(dataDir: string): Target | null {
  return stageTarget() ?? localTarget(dataDir);
}

export function destroyTarget(target: Target): void {
  target.s3.destroy();
  target.sfn.destroy();
  target.sqs.destroy();
}

import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { type FauxqsServer, type SpyMessage, startFauxqs } from "fauxqs";
import { guardEmulator } from "./emulator-guard";
import type { Credentials } from "./sigv4-verify";
import { type PollerOptions, startSqsPoller } from "./sqs-poller";

/**
 * The S3 + SQS emulator (fauxqs), in process and file-backed, with what fauxqs 2.4 lacks:
 * S3 ObjectCreated notifications to a queue. fauxqs reports every stored object to its
 * message spy; we hook that report and enqueue an AWS-shaped S3 event, with the key
 * URL-encoded the way S3 encodes it, exactly as a bucket notification would.
 */
export interface NotificationRule {
  bucket: string;
  queue: string;
  /** Only keys under this prefix notify (like an S3 notification filter). */
  prefix?: string;
}

export interface Emulator {
  server: FauxqsServer;
  endpoint: string;
  /** The key every request to it must be signed with (the runtime's own, per start). */
  credentials: Credentials;
  queueUrl(name: string): string;
  queueArn(name: string): string;
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  /** Omit for in-memory (tests). */
  dataDir?: string | undefined;
  s3Dir?: string | undefined;
  region: string;
  buckets: string[];
  /** Queues in creation order; a DLQ must come before the queue that names it. */
  queues: Array<{
    name: string;
    deadLetter?: { queue: string; maxReceiveCount: number };
    visibilityTimeout?: number;
  }>;
  notifications: NotificationRule[];
  /** The only key the emulator accepts signatures from (see emulator-guard.ts). */
  credentials: Credentials;
  /** Browser origins allowed to PUT presigned uploads (bucket CORS). */
  corsOrigins?: string[];
}

/** S3 event keys: each path segment URL-encoded, spaces as '+'. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, "/").replace(/%20/g, "+");
}

export function s3Event(bucket: string, key: string, region: string) {
  const now = new Date().toISOString();
  return {
    Records: [
      {
        eventVersion: "2.1",
        eventSource: "aws:s3",
        awsRegion: region,
        eventTime: now,
        eventName: "ObjectCreated:Put",
        s3: {
          s3SchemaVersion: "1.0",
          configurationId: "ingest",
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          object: { key: encodeS3EventKey(key), sequencer: Date.now().toString(16) },
        },
      },
    ],
  };
}

interface SpyHook {
  addMessage(message: SpyMessage): void;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  let self: S3Client | undefined;
  const objectExists = async (bucket: string, key: string) => {
    try {
      await self?.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return self !== undefined;
    } catch {
      return false;
    }
  };
  const server = await startFauxqs({
    port: 0,
    host: "127.0.0.1",
    // Loopback only, and nothing without the runtime's signature (fauxqs alone binds 0.0.0.0
    // and checks none: see patches/fauxqs*.patch).
    listenHost: "127.0.0.1",
    configureApp: (app) =>
      guardEmulator(app, {
        credentials: options.credentials,
        corsOrigins: options.corsOrigins ?? [],
        objectExists,
        maxBodyBytes: 11 * 1024 * 1024,
      }),
    logger: false,
    defaultRegion: options.region,
    messageSpies: { bufferSize: 1 },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.s3Dir ? { s3StorageDir: options.s3Dir } : {}),
  });
  self = new S3Client({
    region: options.region,
    endpoint: `http://127.0.0.1:${server.port}`,
    forcePathStyle: true,
    credentials: options.credentials,
  });
  for (const bucket of options.buckets) server.createBucket(bucket);
  const queues = new Map<string, { url: string; arn: string }>();
  for (const queue of options.queues) {
    const attributes: Record<string, string> = {};
    if (queue.visibilityTimeout) attributes.VisibilityTimeout = String(queue.visibilityTimeout);
    if (queue.deadLetter) {
      const dlq = queues.get(queue.deadLetter.queue);
      if (!dlq) throw new Error(`dead-letter queue ${queue.deadLetter.queue} must be created first`);
      attributes.RedrivePolicy = JSON.stringify({
        deadLetterTargetArn: dlq.arn,
        maxReceiveCount: queue.deadLetter.maxReceiveCount,
      });
    }
    const created = server.createQueue(queue.name, { attributes });
    queues.set(queue.name, { url: created.queueUrl, arn: created.queueArn });
  }

  const spy = server.spy as unknown as SpyHook;
  const record = spy.addMessage.bind(spy);
  spy.addMessage = (message) => {
    record(message);
    if (message.service !== "s3" || message.status !== "uploaded") return;
    for (const rule of options.notifications) {
      if (rule.bucket !== message.bucket || !message.key.startsWith(rule.prefix ?? "")) continue;
      server.sendMessage(rule.queue, JSON.stringify(s3Event(message.bucket, message.key, options.region)));
    }
  };

  const find = (name: string) => {
    const queue = queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  };
  return {
    server,
    endpoint: `http://127.0.0.1:${server.port}`,
    credentials: options.credentials,
    queueUrl: (name) => find(name).url,
    queueArn: (name) => find(name).arn,
    stop: async () => {
      self?.destroy();
      await server.stop();
    },
  };
}

/**
 * A queue of the emulator consumed like a Lambda's SQS event source: what both the in-process
 * runtime and the artifact tier wire their ingest starter to.
 */
export function pollEmulatorQueue(
  emulator: Emulator,
  queue: string,
  region: string,
  handler: PollerOptions["handler"],
): { stop(): Promise<void> } {
  const sqs = new SQSClient({
    region,
    endpoint: emulator.endpoint,
    credentials: emulator.credentials,
  });
  return startSqsPoller({
    sqs,
    queueUrl: emulator.queueUrl(queue),
    queueArn: emulator.queueArn(queue),
    region,
    handler,
  });
}

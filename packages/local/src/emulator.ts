import { SQSClient } from "@aws-sdk/client-sqs";
import { type FauxqsServer, type SpyMessage, startFauxqs } from "fauxqs";
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
  const server = await startFauxqs({
    port: 0,
    host: "127.0.0.1",
    logger: false,
    defaultRegion: options.region,
    messageSpies: { bufferSize: 1 },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.s3Dir ? { s3StorageDir: options.s3Dir } : {}),
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
    queueUrl: (name) => find(name).url,
    queueArn: (name) => find(name).arn,
    stop: () => server.stop(),
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
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  return startSqsPoller({
    sqs,
    queueUrl: emulator.queueUrl(queue),
    queueArn: emulator.queueArn(queue),
    region,
    handler,
  });
}

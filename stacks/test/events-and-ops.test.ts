import { describe, expect, it } from "vitest";
import { functionTable, webhookDeliveryFunction } from "../functions";
import { webhookDeliveryTimeoutSeconds, webhookMaxReceives } from "../timeouts";
import { argsOf, type FunctionArgs, useFakeApp } from "./fake-app";

const app = useFakeApp();

const seconds = (duration: string | undefined) =>
  Number(/^(\d+) seconds?$/.exec(duration ?? "")?.[1] ?? Number.NaN);

/** Issue 13: the webhook delivery queue, its DLQ, who may send to it and who consumes it. */
describe("webhook stacks", () => {
  it("gives the delivery queue its DLQ after 8 attempts and a visibility of 6× the delivery timeout", () => {
    const queue = app.fake.get("sst.aws.Queue", "WebhookQueue");
    const dlq = app.fake.get("sst.aws.Queue", "WebhookDlq");
    const args = argsOf<{ dlq: { queue: string; retry: number }; visibilityTimeout: string }>(queue);
    expect(args.dlq).toEqual({ queue: dlq.arn, retry: webhookMaxReceives });
    expect(webhookMaxReceives).toBe(8);
    expect(seconds(args.visibilityTimeout)).toBe(6 * webhookDeliveryTimeoutSeconds);
    expect(app.outputs).toMatchObject({ webhookQueue: queue.url, webhookDlq: dlq.url });
  });

  it("subscribes the delivery function (its artifact's name) with partial batch responses", () => {
    const queue = app.fake.get("sst.aws.Queue", "WebhookQueue");
    const subscriptions = app.fake.callsOn(queue, "subscribe");
    expect(subscriptions).toEqual([
      [app.fn("WebhookDelivery").arn, { batch: { size: 10, partialResponses: true } }],
    ]);
    const delivery = argsOf<FunctionArgs>(app.fn("WebhookDelivery"));
    expect(delivery.handler).toBe(webhookDeliveryFunction.handler);
    expect(delivery.environment.WEBHOOK_QUEUE_URL).toBe(queue.url);
    // Consumes exactly its own queue (ChangeMessageVisibility: the backoff); sends nothing, starts nothing.
    expect(delivery.permissions).toEqual([
      {
        actions: [
          "sqs:ChangeMessageVisibility",
          "sqs:DeleteMessage",
          "sqs:GetQueueAttributes",
          "sqs:GetQueueUrl",
          "sqs:ReceiveMessage",
        ],
        resources: [queue.arn],
      },
    ]);
    expect(Object.keys(delivery.environment)).not.toContain("JWT_SECRET");
  });

  it("lets exactly the functions that emit events send to the queue, and no others", () => {
    const queue = app.fake.get("sst.aws.Queue", "WebhookQueue");
    const senders = app.fake
      .all("sst.aws.Function")
      .filter((f) =>
        (argsOf<FunctionArgs>(f).permissions ?? []).some((p) => p.actions.includes("sqs:SendMessage")),
      )
      .map((f) => f.resourceName)
      .sort();
    expect(senders).toEqual([
      "ApiJobs",
      "ApiMatch",
      "ApiResumes",
      "ApiWebhooks",
      "FinishDeepDiveTask",
      "MarkFailedTask",
      "MarkTailoringFailedTask",
      "PersistTailoringTask",
      "PersistTask",
      "ReconcileEventsTask",
      "ReconcileRecordsTask",
    ]);
    for (const name of senders) {
      const args = argsOf<FunctionArgs>(app.fn(name));
      expect(args.permissions).toContainEqual({ actions: ["sqs:SendMessage"], resources: [queue.arn] });
      expect(args.environment.WEBHOOK_QUEUE_URL).toBe(queue.url);
    }
    // Every row that names the queue is a function that exists, and the others do not get its URL.
    const withQueue = functionTable.filter((f) => f.queues?.webhooks !== undefined).map((f) => f.name);
    expect(withQueue.sort()).toEqual([...senders, "WebhookDelivery"].sort());
    for (const fn of app.fake.all("sst.aws.Function")) {
      if (withQueue.includes(fn.resourceName)) continue;
      expect(Object.keys(argsOf<FunctionArgs>(fn).environment)).not.toContain("WEBHOOK_QUEUE_URL");
    }
  });
});

describe("readiness stack", () => {
  it("gives ApiOps the database and HeadBucket (s3:ListBucket) on both buckets, and nothing else", () => {
    const ops = argsOf<FunctionArgs>(app.fn("ApiOps"));
    const uploads = app.fake.get("sst.aws.Bucket", "Uploads");
    const drops = app.fake.get("sst.aws.Bucket", "Drops");
    expect(ops.permissions).toEqual([
      { actions: ["s3:ListBucket"], resources: [uploads.arn] },
      { actions: ["s3:ListBucket"], resources: [drops.arn] },
    ]);
    expect(Object.keys(ops.environment)).toContain("DATABASE_URL");
    expect(Object.keys(ops.environment)).not.toContain("JWT_SECRET");
  });
});

describe("audit stack", () => {
  it("gives ApiAudit the database and the JWT secret, and no bucket, machine or queue", () => {
    const audit = argsOf<FunctionArgs>(app.fn("ApiAudit"));
    expect(audit.permissions ?? []).toEqual([]);
    expect(Object.keys(audit.environment)).toEqual(expect.arrayContaining(["DATABASE_URL", "JWT_SECRET"]));
    for (const variable of ["UPLOADS_BUCKET", "DROPS_BUCKET", "WEBHOOK_QUEUE_URL", "OPENAI_API_KEY"]) {
      expect(Object.keys(audit.environment)).not.toContain(variable);
    }
  });
});

describe("alarms", () => {
  type Alarm = {
    namespace?: string;
    metricName?: string;
    dimensions?: Record<string, string>;
    threshold: number;
    alarmActions: string[];
    metricQueries?: Array<{ id: string; expression?: string; metric?: { metricName: string } }>;
  };
  const alarm = (name: string) => argsOf<Alarm>(app.fake.get("aws.cloudwatch.MetricAlarm", name));

  it("alarms on a message in either DLQ, on any failed execution, and on the API's 5xx rate, to one topic", () => {
    const topic = app.fake.get("aws.sns.Topic", "AlarmTopic");
    for (const dlq of ["IngestDlq", "WebhookDlq"]) {
      const queue = app.fake.get("sst.aws.Queue", dlq);
      expect(alarm(`${dlq}Alarm`)).toMatchObject({
        namespace: "AWS/SQS",
        metricName: "ApproximateNumberOfMessagesVisible",
        dimensions: { QueueName: String(queue.arn).split(":").pop() },
        threshold: 1,
        alarmActions: [topic.arn],
      });
    }
    for (const machine of app.fake.all("aws.sfn.StateMachine")) {
      const name = String(machine.arn).split("-").pop();
      expect(alarm(`${name}FailedAlarm`)).toMatchObject({
        namespace: "AWS/States",
        metricName: "ExecutionsFailed",
        dimensions: { StateMachineArn: machine.arn },
        alarmActions: [topic.arn],
      });
    }
    const api5xx = alarm("Api5xxRateAlarm");
    expect(api5xx.threshold).toBe(5);
    expect(api5xx.metricQueries?.map((q) => q.expression ?? q.metric?.metricName)).toEqual([
      "100 * errors / MAX([requests, 1])",
      "5xx",
      "Count",
    ]);
    expect(app.fake.all("aws.cloudwatch.MetricAlarm")).toHaveLength(2 + 5 + 1);
    expect(app.outputs).toMatchObject({ alarmTopic: topic.arn });
  });
});

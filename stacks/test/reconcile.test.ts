import { describe, expect, it } from "vitest";
import { reconcileDefinition } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { reconcileSchedule } from "../reconcile";
import { argsOf, type FunctionArgs, useFakeApp } from "./fake-app";

/* Reconcile in the stacks (issue 11): the shared definition, its schedule, what its tasks may do. */

const app = useFakeApp();

describe("Reconcile stack", () => {
  it("builds the Standard machine from the shared definition, validated like the others", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "Reconcile");
    const args = argsOf<{ definition: string; type: string; name: string }>(machine);
    const definition = JSON.parse(args.definition);
    const arns = {
      reconcileRecords: app.fn("ReconcileRecordsTask").arn as string,
      reconcileObjects: app.fn("ReconcileObjectsTask").arn as string,
      reconcileEvents: app.fn("ReconcileEventsTask").arn as string,
    };
    expect(definition).toEqual(reconcileDefinition(arns));
    expect(validateDefinition(definition)).toEqual([]);
    expect(args).toMatchObject({ type: "STANDARD", name: "futodama-test-Reconcile" });
    expect(app.outputs.reconcile).toBe(machine.arn);
  });

  it("gives both passes DocumentIngest's ARN, and the records pass leave to describe its executions", () => {
    const ingest = app.fake.get("aws.sfn.StateMachine", "DocumentIngest").arn as string;
    const records = argsOf<FunctionArgs>(app.fn("ReconcileRecordsTask"));
    const objects = argsOf<FunctionArgs>(app.fn("ReconcileObjectsTask"));
    expect(records.environment.DOCUMENT_INGEST_ARN).toBe(ingest);
    expect(objects.environment.DOCUMENT_INGEST_ARN).toBe(ingest);
    expect(records.permissions).toContainEqual({
      actions: ["states:DescribeExecution"],
      resources: [`${ingest.replace(":stateMachine:", ":execution:")}:*`],
    });
    const uploads = app.fake.get("sst.aws.Bucket", "Uploads").arn as string;
    expect(objects.permissions).toContainEqual({ actions: ["s3:ListBucket"], resources: [uploads] });
    // A presigned upload whose notification was lost: the records pass reads the object it starts.
    expect(records.permissions).toContainEqual({ actions: ["s3:GetObject"], resources: [`${uploads}/*`] });
    expect(records.environment.UPLOADS_BUCKET).toBeDefined();
  });

  it("lets the records and events passes announce what they settle, and the events pass nothing else", () => {
    const queue = app.fake.get("sst.aws.Queue", "WebhookQueue");
    for (const name of ["ReconcileRecordsTask", "ReconcileEventsTask"]) {
      const args = argsOf<FunctionArgs>(app.fn(name));
      expect(args.permissions, name).toContainEqual({ actions: ["sqs:SendMessage"], resources: [queue.arn] });
      expect(args.environment.WEBHOOK_QUEUE_URL, name).toBe(queue.url);
    }
    const events = argsOf<FunctionArgs>(app.fn("ReconcileEventsTask"));
    expect(events.permissions?.flatMap((p) => p.actions)).toEqual(["sqs:SendMessage"]);
  });

  it("schedules it every 15 minutes with CronV2: a function that may only start it", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "Reconcile");
    const cron = argsOf<{ schedule: string; event: Record<string, string>; function: FunctionArgs }>(
      app.fake.get("sst.aws.CronV2", "ReconcileSchedule"),
    );
    expect(cron.schedule).toBe(reconcileSchedule);
    expect(cron.event).toEqual({ scheduledTime: "<aws.scheduler.scheduled-time>" });
    expect(cron.function.handler).toBe("packages/functions/src/events/reconcile-schedule.handler");
    expect(cron.function.environment).toMatchObject({ RECONCILE_ARN: machine.arn });
    expect(cron.function.environment.DATABASE_URL).toBeUndefined();
    expect(cron.function.permissions).toEqual([
      { actions: ["states:StartExecution"], resources: [machine.arn] },
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../../packages/functions/src/http/routes";
import { reconcileDefinition } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { buildApp } from "../index";
import { reconcileSchedule } from "../reconcile";
import { type FakeResource, type FakeSst, installFakeSst } from "./fake-sst";

/* Reconcile in the stacks (issue 11): the shared definition, its schedule, what its tasks may do. */

let fake: FakeSst;
let outputs: ReturnType<typeof buildApp>["outputs"];

beforeAll(() => {
  fake = installFakeSst("test");
  outputs = buildApp({ routes }).outputs;
});
afterAll(() => fake.uninstall());

interface FunctionArgs {
  handler: string;
  environment: Record<string, string>;
  permissions?: { actions: string[]; resources: string[] }[];
}
const fn = (name: string) => fake.get("sst.aws.Function", name);
const argsOf = <T>(resource: FakeResource) => resource.args as T;

describe("Reconcile stack", () => {
  it("builds the Standard machine from the shared definition, validated like the others", () => {
    const machine = fake.get("aws.sfn.StateMachine", "Reconcile");
    const args = argsOf<{ definition: string; type: string; name: string }>(machine);
    const definition = JSON.parse(args.definition);
    const arns = {
      reconcileRecords: fn("ReconcileRecordsTask").arn as string,
      reconcileObjects: fn("ReconcileObjectsTask").arn as string,
    };
    expect(definition).toEqual(reconcileDefinition(arns));
    expect(validateDefinition(definition)).toEqual([]);
    expect(args).toMatchObject({ type: "STANDARD", name: "futodama-test-Reconcile" });
    expect(outputs.reconcile).toBe(machine.arn);
  });

  it("gives both passes DocumentIngest's ARN, and the records pass leave to describe its executions", () => {
    const ingest = fake.get("aws.sfn.StateMachine", "DocumentIngest").arn as string;
    const records = argsOf<FunctionArgs>(fn("ReconcileRecordsTask"));
    const objects = argsOf<FunctionArgs>(fn("ReconcileObjectsTask"));
    expect(records.environment.DOCUMENT_INGEST_ARN).toBe(ingest);
    expect(objects.environment.DOCUMENT_INGEST_ARN).toBe(ingest);
    expect(records.permissions).toContainEqual({
      actions: ["states:DescribeExecution"],
      resources: [`${ingest.replace(":stateMachine:", ":execution:")}:*`],
    });
    const uploads = fake.get("sst.aws.Bucket", "Uploads").arn as string;
    expect(objects.permissions).toContainEqual({ actions: ["s3:ListBucket"], resources: [uploads] });
  });

  it("schedules it every 15 minutes with CronV2: a function that may only start it", () => {
    const machine = fake.get("aws.sfn.StateMachine", "Reconcile");
    const cron = argsOf<{ schedule: string; event: Record<string, string>; function: FunctionArgs }>(
      fake.get("sst.aws.CronV2", "ReconcileSchedule"),
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

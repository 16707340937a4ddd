import { describe, expect, it } from "vitest";
import { httpDomains, routes } from "../../packages/functions/src/http/routes";
import { documentIngestDefinition, rematchDefinition } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { rematchSchedule } from "../schedule";
import { argsOf, type FunctionArgs, type PolicyDocument, useFakeApp } from "./fake-app";

const app = useFakeApp();

const seconds = (duration: string | undefined) =>
  Number(/^(\d+) seconds?$/.exec(duration ?? "")?.[1] ?? Number.NaN);
const actions = (s: PolicyDocument["Statement"][number]) => [s.Action].flat();

describe("stacks", () => {
  it("creates the three secrets", () => {
    expect(
      app.fake
        .all("sst.Secret")
        .map((s) => s.resourceName)
        .sort(),
    ).toEqual(["DatabaseDirectUrl", "DatabaseUrl", "JwtSecret", "OpenaiApiKey"]);
  });

  it("registers every route of the route table on the API, served by its domain's function", () => {
    const api = app.fake.get("sst.aws.ApiGatewayV2", "Api");
    const registered = app.fake.callsOn(api, "route").map(([route, handler]) => ({ route, handler }));
    const byHandler = new Map(
      app.fake.all("sst.aws.Function").map((f) => [argsOf<FunctionArgs>(f).handler, f]),
    );
    const expected = [
      ...routes.map((r) => ({
        route: `${r.method} ${r.path}`,
        handler: byHandler.get(httpDomains[r.domain])?.arn,
      })),
      // Unknown routes get the API's own error shape from the system router.
      { route: "$default", handler: byHandler.get(httpDomains.system)?.arn },
    ];
    expect(routes.length).toBeGreaterThan(0);
    expect(registered).toEqual(expected);
    expect(expected.every((r) => typeof r.handler === "string")).toBe(true);
    // One function per domain, shared by its routes.
    const domains = new Set(routes.map((r) => r.domain));
    const apiFunctions = app.fake.all("sst.aws.Function").filter((f) => f.resourceName.startsWith("Api"));
    expect(apiFunctions).toHaveLength(domains.size);
  });

  it("notifies the ingest queue of every new object in both buckets", () => {
    const queue = app.fake.get("sst.aws.Queue", "IngestQueue");
    const [uploads] = app.fake.callsOn(app.fake.get("sst.aws.Bucket", "Uploads"), "notify");
    const [drops] = app.fake.callsOn(app.fake.get("sst.aws.Bucket", "Drops"), "notify");
    expect(uploads?.[0]).toEqual({
      notifications: [
        expect.objectContaining({ queue, events: ["s3:ObjectCreated:*"], filterPrefix: "tenants/" }),
      ],
    });
    expect(drops?.[0]).toEqual({
      notifications: [expect.objectContaining({ queue, events: ["s3:ObjectCreated:*"] })],
    });
    expect(JSON.stringify(drops)).not.toContain("filterPrefix");
  });

  it("gives the ingest queue its DLQ and a visibility timeout of at least 6× the starter's", () => {
    const queue = app.fake.get("sst.aws.Queue", "IngestQueue");
    const dlq = app.fake.get("sst.aws.Queue", "IngestDlq");
    const queueArgs = argsOf<{ dlq: { queue: string; retry: number }; visibilityTimeout: string }>(queue);
    expect(queueArgs.dlq).toEqual({ queue: dlq.arn, retry: 3 });
    const starterTimeout = seconds(argsOf<FunctionArgs>(app.fn("IngestStarter")).timeout);
    expect(seconds(queueArgs.visibilityTimeout)).toBeGreaterThanOrEqual(6 * starterTimeout);
  });

  it("subscribes the starter with partial batch responses, the state machine ARN and StartExecution", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "DocumentIngest");
    const queue = app.fake.get("sst.aws.Queue", "IngestQueue");
    const subscriptions = app.fake.callsOn(queue, "subscribe");
    expect(subscriptions).toHaveLength(1);
    const [subscriber, options] = subscriptions[0] as [string, unknown];
    // Subscribed by ARN: the function is the table's row, named as its artifact is.
    expect(subscriber).toBe(app.fn("IngestStarter").arn);
    const starter = argsOf<FunctionArgs>(app.fn("IngestStarter"));
    expect(starter.handler).toBe("packages/functions/src/events/ingest-starter.handler");
    expect(options).toEqual({ batch: { partialResponses: true } });
    expect(starter.environment.DOCUMENT_INGEST_ARN).toBe(machine.arn);
    expect(starter.permissions).toContainEqual({
      actions: ["states:StartExecution"],
      resources: [machine.arn],
    });
    expect(starter.permissions).toContainEqual({
      actions: expect.arrayContaining(["sqs:ReceiveMessage", "sqs:DeleteMessage"]),
      resources: [queue.arn],
    });
  });

  it("builds DocumentIngest from the shared definition with the task functions' ARNs", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "DocumentIngest");
    const args = argsOf<{ definition: string; type: string; roleArn: string; loggingConfiguration: object }>(
      machine,
    );
    const definition = JSON.parse(args.definition);
    expect(definition).toEqual(
      documentIngestDefinition({
        extractText: app.fn("ExtractTextTask").arn as string,
        ocrText: app.fn("OcrTextTask").arn as string,
        normalize: app.fn("NormalizeTask").arn as string,
        persist: app.fn("PersistTask").arn as string,
        match: app.fn("MatchTask").arn as string,
        markFailed: app.fn("MarkFailedTask").arn as string,
      }),
    );
    expect(validateDefinition(definition)).toEqual([]);
    expect(args.type).toBe("STANDARD");
    expect(args.roleArn).toBe(app.fake.get("aws.iam.Role", "DocumentIngestRole").arn);
    const logGroup = app.fake.get("aws.cloudwatch.LogGroup", "DocumentIngestLogs");
    expect(args.loggingConfiguration).toEqual({
      level: "ERROR",
      includeExecutionData: true,
      logDestination: `${logGroup.arn}:*`,
    });
    expect(app.outputs.documentIngest).toBe(machine.arn);
  });

  it("lets Step Functions invoke exactly the task functions", () => {
    const role = argsOf<{ assumeRolePolicy: string; inlinePolicies: { name: string; policy: string }[] }>(
      app.fake.get("aws.iam.Role", "DocumentIngestRole"),
    );
    expect(role.assumeRolePolicy).toContain("states.amazonaws.com");
    const statements = role.inlinePolicies.flatMap((p) => (JSON.parse(p.policy) as PolicyDocument).Statement);
    const lambda = statements.filter((s) => actions(s).some((a) => a.startsWith("lambda:")));
    expect(lambda.map(actions)).toEqual([["lambda:InvokeFunction"]]);
    const taskArns = [
      "ExtractTextTask",
      "OcrTextTask",
      "NormalizeTask",
      "PersistTask",
      "MatchTask",
      "MarkFailedTask",
    ].map((n) => app.fn(n).arn);
    expect([lambda[0]?.Resource].flat().sort()).toEqual(taskArns.sort());
  });

  it("runs every function on Node 24 with the stage's settings, and links nothing (no s3:*)", () => {
    for (const f of app.fake.all("sst.aws.Function")) {
      const args = argsOf<FunctionArgs>(f);
      expect(args.runtime).toBe("nodejs24.x");
      expect(args.environment).toMatchObject({ STAGE: "test", LOG_LEVEL: "DEBUG" });
      expect(args.environment.POWERTOOLS_SERVICE_NAME).toMatch(/^[a-z0-9-]+$/);
      if (args.environment.DATABASE_URL !== undefined) {
        expect(args.environment).toMatchObject({
          DATABASE_DRIVER: "neon",
          DATABASE_URL: "secret-value:DatabaseUrl",
        });
      }
      // Links would grant s3:* on the buckets and hand out every secret.
      expect(args.link).toBeUndefined();
      expect(JSON.stringify(args.permissions ?? [])).not.toContain("s3:*");
    }
  });

  it("runs the Match task after Persist with its own Lambda (the new CV into the live rankings)", () => {
    const match = argsOf<FunctionArgs>(app.fn("MatchTask"));
    expect(match.handler).toBe("packages/functions/src/tasks/match-new-document.handler");
    const definition = JSON.parse(
      argsOf<{ definition: string }>(app.fake.get("aws.sfn.StateMachine", "DocumentIngest")).definition,
    );
    expect(definition.States.Persist.Next).toBe("Match");
    expect(definition.States.Match).toMatchObject({ Resource: app.fn("MatchTask").arn, Next: "Done" });
    expect(seconds(match.timeout) + 30).toBe(definition.States.Match.TimeoutSeconds);
  });

  it("builds Rematch from the shared definition, invoking exactly its three task functions", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "Rematch");
    const args = argsOf<{ definition: string; type: string; roleArn: string; name: string }>(machine);
    const definition = JSON.parse(args.definition);
    const arns = {
      snapshotIndexes: app.fn("SnapshotIndexesTask").arn as string,
      listOpenJobs: app.fn("ListOpenJobsTask").arn as string,
      matchStep1: app.fn("RematchJobTask").arn as string,
    };
    expect(definition).toEqual(rematchDefinition(arns));
    expect(validateDefinition(definition)).toEqual([]);
    expect(args).toMatchObject({ type: "STANDARD", name: "futodama-test-Rematch" });
    const role = argsOf<{ inlinePolicies: { policy: string }[] }>(
      app.fake.get("aws.iam.Role", "RematchRole"),
    );
    const statements = role.inlinePolicies.flatMap((p) => (JSON.parse(p.policy) as PolicyDocument).Statement);
    expect(statements).toEqual([
      { Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: Object.values(arns) },
    ]);
    expect(app.outputs.rematch).toBe(machine.arn);
  });

  it("schedules Rematch with CronV2: a function that may only start it, named by the scheduled time", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "Rematch");
    const cron = argsOf<{ schedule: string; event: Record<string, string>; function: FunctionArgs }>(
      app.fake.get("sst.aws.CronV2", "RematchSchedule"),
    );
    expect(cron.schedule).toBe(rematchSchedule);
    expect(cron.schedule).toMatch(/^cron\(/);
    expect(cron.event).toEqual({ scheduledTime: "<aws.scheduler.scheduled-time>" });
    expect(cron.function.handler).toBe("packages/functions/src/events/schedule.handler");
    expect(cron.function.runtime).toBe("nodejs24.x");
    expect(cron.function.environment).toMatchObject({ REMATCH_ARN: machine.arn });
    // It starts an execution and nothing else: no database, no secrets.
    expect(cron.function.environment.DATABASE_URL).toBeUndefined();
    expect(cron.function.environment.JWT_SECRET).toBeUndefined();
    expect(cron.function.permissions).toEqual([
      { actions: ["states:StartExecution"], resources: [machine.arn] },
    ]);
  });
});

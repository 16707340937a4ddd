import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import documentsPackage from "../../packages/documents/package.json" with { type: "json" };
import { parseConfig } from "../../packages/functions/src/config";
import { routes } from "../../packages/functions/src/http/routes";
import {
  environmentKeys,
  type FunctionSpec,
  functionTable,
  functionVariables,
  loaderOf,
  runtimeData,
} from "../functions";
import { buildApp } from "../index";
import { type FakeResource, type FakeSst, installFakeSst } from "./fake-sst";

/*
 * The function table is the one source of every Lambda: the stacks make exactly its rows, and
 * the environment each row gets from the stack is what the functions' own config schema accepts
 * — with the secrets as `sst secret set` leaves them, the optional ones empty.
 */

interface FunctionArgs {
  handler: string;
  runtime: string;
  timeout: string;
  memory: string;
  environment: Record<string, string>;
  permissions?: { actions: string[]; resources: string[] }[];
  copyFiles?: { from: string; to: string }[];
  nodejs?: { install?: Record<string, string>; minify?: boolean; loader?: Record<string, string> };
}

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
let fake: FakeSst;
const secrets = {
  DatabaseUrl:
    "postgres://app:pw@ep-quiet-sea-123456-pooler.eu-central-1.aws.neon.tech/futodama?sslmode=require",
  JwtSecret: "k".repeat(48),
  // Left empty, as docs/infrastructure.md allows: no key means the offline rules provider.
  OpenaiApiKey: "",
  DatabaseDirectUrl: "",
};

beforeAll(() => {
  fake = installFakeSst("prod", { secrets });
  buildApp({ routes });
});
afterAll(() => fake.uninstall());

/** Every function the app makes, by component name (the CronV2 makes its handler itself). */
function deployedFunctions(): Map<string, FunctionArgs> {
  const out = new Map<string, FunctionArgs>();
  for (const f of fake.all("sst.aws.Function")) out.set(f.resourceName, f.args as FunctionArgs);
  for (const cron of fake.all("sst.aws.CronV2")) {
    out.set(`${cron.resourceName}Handler`, (cron.args as { function: FunctionArgs }).function);
  }
  return out;
}

const argsOf = (spec: FunctionSpec) => {
  const args = deployedFunctions().get(spec.name);
  if (args === undefined) throw new Error(`${spec.name} is in the table but not in the stack`);
  return args;
};

describe("the function table", () => {
  it("is exactly the set of functions the stacks deploy, with their handler, memory and timeout", () => {
    const deployed = deployedFunctions();
    expect([...deployed.keys()].sort()).toEqual(functionTable.map((f) => f.name).sort());
    for (const spec of functionTable) {
      const args = argsOf(spec);
      expect(args).toMatchObject({
        handler: spec.handler,
        runtime: "nodejs24.x",
        timeout: `${spec.timeoutSeconds} seconds`,
        memory: `${spec.memoryMb} MB`,
      });
    }
  });

  it.each(functionTable.map((f) => [f.name, f] as const))(
    "%s gets exactly its row's environment, which its config schema accepts",
    (_name, spec) => {
      const env = argsOf(spec).environment;
      expect(Object.keys(env).sort()).toEqual(environmentKeys(spec).sort());
      const config = parseConfig(env);
      expect(config.OPENAI_API_KEY).toBeUndefined();
      if (spec.secrets.includes("DatabaseUrl")) expect(config.DATABASE_DRIVER).toBe("neon");
      if (spec.secrets.includes("JwtSecret")) expect(config.JWT_SECRET).toBe(secrets.JwtSecret);
      else expect(env.JWT_SECRET).toBeUndefined();
      if (!spec.secrets.includes("DatabaseUrl")) expect(env.DATABASE_URL).toBeUndefined();
    },
  );

  it("grants each function only the S3 actions of its row: objects on <bucket>/*, listing on the bucket, never s3:*", () => {
    const bucketArn = (name: string) => fake.get("sst.aws.Bucket", name).arn as string;
    const arns: Record<string, string> = { uploads: bucketArn("Uploads"), drops: bucketArn("Drops") };
    const objectActions: Record<string, string> = {
      read: "s3:GetObject",
      write: "s3:PutObject",
      delete: "s3:DeleteObject",
    };
    for (const spec of functionTable) {
      const s3 = (argsOf(spec).permissions ?? []).filter((p) => p.actions.some((a) => a.startsWith("s3:")));
      const expected = Object.entries(spec.buckets).flatMap(([bucket, access]) => {
        const onObjects = (access ?? []).filter((a) => a !== "list").map((a) => objectActions[a]);
        return [
          ...(onObjects.length > 0 ? [{ actions: onObjects, resources: [`${arns[bucket]}/*`] }] : []),
          ...((access ?? []).includes("list")
            ? [{ actions: ["s3:ListBucket"], resources: [arns[bucket]] }]
            : []),
        ];
      });
      expect(s3, spec.name).toEqual(expected);
      expect(s3.flatMap((p) => p.actions)).not.toContain("s3:*");
    }
    // The reconciler's objects pass lists both buckets, on their ARNs; GET /ready's HeadBucket needs
    // the same action (issue 13). No other function may list.
    const listing = functionTable.filter((f) => Object.values(f.buckets).some((a) => a?.includes("list")));
    expect(listing.map((f) => f.name).sort()).toEqual(["ApiOps", "ReconcileObjectsTask"]);
  });

  it("lets each function start only its row's state machines, and describe executions only to recover them", () => {
    const machineArn = (name: string) =>
      fake.all("aws.sfn.StateMachine").find((m) => m.resourceName === name)?.arn as string;
    for (const spec of functionTable) {
      const states = (argsOf(spec).permissions ?? []).filter((p) =>
        p.actions.some((a) => a.startsWith("states:")),
      );
      const machines = Object.entries(spec.machines);
      const starts = machines.filter(([, access]) => access === "start" || access === "recover");
      const recovers = machines.filter(([, access]) => access === "recover");
      expect(states, spec.name).toEqual([
        ...(starts.length > 0
          ? [{ actions: ["states:StartExecution"], resources: starts.map(([m]) => machineArn(m)) }]
          : []),
        ...(recovers.length > 0
          ? [
              {
                actions: ["states:DescribeExecution"],
                resources: recovers.map(
                  ([m]) => `${machineArn(m).replace(":stateMachine:", ":execution:")}:*`,
                ),
              },
            ]
          : []),
      ]);
    }
    expect(
      functionTable.filter((f) => Object.values(f.machines).includes("recover")).map((f) => f.name),
    ).toEqual(["ReconcileRecordsTask"]);
  });

  it("lets a function invoke exactly the functions of its row, named in its environment", () => {
    const fn = (name: string) => fake.get("sst.aws.Function", name) as FakeResource & { arn: string };
    for (const spec of functionTable) {
      const args = argsOf(spec);
      const invoke = (args.permissions ?? []).filter((p) => p.actions.some((a) => a.startsWith("lambda:")));
      const invoked = spec.invokes ?? [];
      expect(invoke, spec.name).toEqual(
        invoked.length > 0
          ? [{ actions: ["lambda:InvokeFunction"], resources: invoked.map((name) => fn(name).arn) }]
          : [],
      );
      for (const name of invoked) {
        expect(args.environment[functionVariables[name]], spec.name).toBe(fn(name).name);
      }
    }
    expect(functionTable.filter((f) => (f.invokes ?? []).length > 0).map((f) => f.name)).toEqual([
      "ApiVision",
      "ApiMatch",
      "MatchTask",
      "RematchJobTask",
    ]);
  });

  it("issue 14: the functions that run step 1 may invoke the shard function, and nothing else", () => {
    const shard = fake.get("sst.aws.Function", "MatchShardTask") as FakeResource & {
      arn: string;
      name: string;
    };
    for (const name of ["ApiMatch", "MatchTask", "RematchJobTask"]) {
      const args = deployedFunctions().get(name);
      const lambda = (args?.permissions ?? []).filter((p) => p.actions.some((a) => a.startsWith("lambda:")));
      expect(lambda, name).toEqual([{ actions: ["lambda:InvokeFunction"], resources: [shard.arn] }]);
      expect(args?.environment.MATCH_SHARD_FUNCTION_NAME, name).toBe(shard.name);
    }
    // The shard function itself reads its snapshots and the database; it writes nothing, invokes nothing.
    const own = deployedFunctions().get("MatchShardTask");
    expect(own?.permissions).toEqual([
      { actions: ["s3:GetObject"], resources: [expect.stringMatching(/\/\*$/)] },
    ]);
    expect(Object.keys(own?.environment ?? {}).sort()).toEqual(
      [
        "STAGE",
        "LOG_LEVEL",
        "POWERTOOLS_SERVICE_NAME",
        "DATABASE_DRIVER",
        "DATABASE_URL",
        "UPLOADS_BUCKET",
      ].sort(),
    );
  });

  it("issue 14: gives the shard size only to the function that lays tenants out, at its default unless the deployer sets it", () => {
    const given = [...deployedFunctions()].filter(([, args]) => "INDEX_SHARD_SIZE" in args.environment);
    expect(given.map(([name]) => name)).toEqual(["SnapshotIndexesTask"]);
    expect(given[0]?.[1].environment.INDEX_SHARD_SIZE).toBe(process.env.INDEX_SHARD_SIZE || "250000");
    expect(parseConfig(given[0]?.[1].environment ?? {}).INDEX_SHARD_SIZE).toBe(
      Number(process.env.INDEX_SHARD_SIZE || 250_000),
    );
  });

  it("ships runtime data only to the functions that need it", () => {
    for (const spec of functionTable) {
      const args = argsOf(spec);
      const copied = (args.copyFiles ?? []).map((f) => f.to);
      const installed = Object.keys(args.nodejs?.install ?? {});
      const wantCopied = spec.data.flatMap((d) => (runtimeData[d].copyFiles ?? []).map((f) => f.to));
      const wantInstalled = [...new Set(spec.data.flatMap((d) => runtimeData[d].install ?? []))];
      expect(copied, spec.name).toEqual(wantCopied);
      expect(installed, spec.name).toEqual(wantInstalled);
      expect(args.nodejs?.loader ?? {}, spec.name).toEqual(loaderOf(spec));
    }
    const withMigrations = functionTable.filter((f) => f.data.includes("migrations")).map((f) => f.name);
    expect(withMigrations).toEqual(["Migrator"]);
    const carrying = (kind: string) =>
      functionTable.filter((f) => f.data.includes(kind as FunctionSpec["data"][number])).map((f) => f.name);
    // Only the step that reads scans carries tesseract and the canvas (ApiVision invokes it); only
    // the export carries the fonts.
    expect(carrying("ocr")).toEqual(["OcrTextTask"]);
    expect(carrying("fonts")).toEqual(["ApiTailoring"]);
  });

  it("installs the exact versions the workspace resolves, minifies, and copies files that exist", () => {
    const workspace: Record<string, string> = documentsPackage.dependencies;
    for (const spec of functionTable) {
      const args = argsOf(spec);
      expect(args.nodejs?.minify, spec.name).toBe(true);
      for (const [name, version] of Object.entries(args.nodejs?.install ?? {})) {
        expect(version, `${spec.name} ${name}`).toMatch(/^\d+\.\d+\.\d+$/);
        expect(version, `${spec.name} ${name}`).toBe(workspace[name]);
      }
      for (const file of args.copyFiles ?? []) {
        expect(existsSync(join(repositoryRoot, file.from)), `${spec.name}: ${file.from}`).toBe(true);
      }
    }
  });

  it("runs the Migrator once per deploy", () => {
    const invocation = fake.get("aws.lambda.Invocation", "MigrateOnDeploy");
    const migrator = fake.get("sst.aws.Function", "Migrator") as FakeResource;
    const args = invocation.args as { functionName: string; input: string; triggers: Record<string, string> };
    expect(args.functionName).toBe(migrator.name);
    expect(JSON.parse(args.input)).toMatchObject({ reason: "deploy" });
    expect(Object.keys(args.triggers)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpDomains, routes } from "../../packages/functions/src/http/routes";
import { tailorDefinition, tailorTaskTimeouts } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { buildApp } from "../index";
import { type FakeResource, type FakeSst, installFakeSst } from "./fake-sst";

/* Tailor in the stacks: the shared definition, its role, and who may start it. */

let fake: FakeSst;
let outputs: ReturnType<typeof buildApp>["outputs"];

beforeAll(() => {
  fake = installFakeSst("test");
  outputs = buildApp({ routes }).outputs;
});
afterAll(() => fake.uninstall());

interface FunctionArgs {
  handler: string;
  timeout?: string;
  environment: Record<string, string>;
  permissions?: { actions: string[]; resources: string[] }[];
}
interface PolicyDocument {
  Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[];
}
const fn = (name: string) => fake.get("sst.aws.Function", name);
const argsOf = <T>(resource: FakeResource) => resource.args as T;
const tasks = {
  loadInputs: "LoadTailorInputsTask",
  tailor: "TailorTask",
  verify: "VerifyTailoringTask",
  persist: "PersistTailoringTask",
  markTailoringFailed: "MarkTailoringFailedTask",
} as const;

describe("Tailor stack", () => {
  it("builds the Standard machine from the shared definition with the task functions' ARNs", () => {
    const machine = fake.get("aws.sfn.StateMachine", "Tailor");
    const args = argsOf<{ definition: string; type: string; roleArn: string }>(machine);
    const definition = JSON.parse(args.definition);
    const arns = Object.fromEntries(
      Object.entries(tasks).map(([task, name]) => [task, fn(name).arn as string]),
    ) as Record<keyof typeof tasks, string>;
    expect(definition).toEqual(tailorDefinition(arns));
    expect(validateDefinition(definition)).toEqual([]);
    expect(args.type).toBe("STANDARD");
    expect(args.roleArn).toBe(fake.get("aws.iam.Role", "TailorRole").arn);
    expect(outputs.tailor).toBe(machine.arn);
    for (const [task, name] of Object.entries(tasks)) {
      const fnArgs = argsOf<FunctionArgs>(fn(name));
      expect(fnArgs.handler).toMatch(/^packages\/functions\/src\/tasks\/[a-z-]+\.handler$/);
      expect(fnArgs.timeout).toBe(`${tailorTaskTimeouts[task as keyof typeof tasks]} seconds`);
      expect(fnArgs.environment.POWERTOOLS_SERVICE_NAME).toBe("tailor");
    }
  });

  it("lets Step Functions invoke exactly the Tailor task functions", () => {
    const role = argsOf<{ inlinePolicies: { policy: string }[] }>(fake.get("aws.iam.Role", "TailorRole"));
    const statements = role.inlinePolicies.flatMap((p) => (JSON.parse(p.policy) as PolicyDocument).Statement);
    const lambda = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("lambda:")));
    expect(lambda.map((s) => [s.Action].flat())).toEqual([["lambda:InvokeFunction"]]);
    expect([lambda[0]?.Resource].flat().sort()).toEqual(
      Object.values(tasks)
        .map((n) => fn(n).arn)
        .sort(),
    );
  });

  it("only the tailoring API may start it, and only it is told the ARN", () => {
    const machine = fake.get("aws.sfn.StateMachine", "Tailor");
    const all = fake.all("sst.aws.Function").map((f) => argsOf<FunctionArgs>(f));
    const tailoring = all.find((f) => f.handler === httpDomains.tailoring);
    expect(tailoring?.environment.TAILOR_ARN).toBe(machine.arn);
    expect(tailoring?.permissions?.filter((p) => p.actions.some((a) => a.startsWith("states:")))).toEqual([
      { actions: ["states:StartExecution"], resources: [machine.arn] },
    ]);
    for (const f of all.filter((x) => x !== tailoring)) {
      expect(f.environment.TAILOR_ARN).toBeUndefined();
      expect(JSON.stringify(f.permissions ?? [])).not.toContain(String(machine.arn));
    }
  });

  it("serves the three tailoring routes from the tailoring function", () => {
    const api = fake.get("sst.aws.ApiGatewayV2", "Api");
    const registered = new Map(fake.callsOn(api, "route").map(([route, handler]) => [route, handler]));
    const tailoring = fake
      .all("sst.aws.Function")
      .find((f) => argsOf<FunctionArgs>(f).handler === httpDomains.tailoring);
    for (const route of [
      "POST /api/tailor-resume",
      "GET /api/tailorings/{id}",
      "GET /api/tailorings/{id}/export",
    ]) {
      expect(registered.get(route)).toBe(tailoring?.arn);
    }
  });
});

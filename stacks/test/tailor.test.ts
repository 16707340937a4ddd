import { describe, expect, it } from "vitest";
import { httpDomains } from "../../packages/functions/src/http/routes";
import { tailorDefinition, tailorTaskTimeouts } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { argsOf, type FunctionArgs, type PolicyDocument, useFakeApp } from "./fake-app";

/* Tailor in the stacks: the shared definition, its role, and who may start it. */

const app = useFakeApp();

const tasks = {
  loadInputs: "LoadTailorInputsTask",
  tailor: "TailorTask",
  verify: "VerifyTailoringTask",
  persist: "PersistTailoringTask",
  markTailoringFailed: "MarkTailoringFailedTask",
} as const;

describe("Tailor stack", () => {
  it("builds the Standard machine from the shared definition with the task functions' ARNs", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "Tailor");
    const args = argsOf<{ definition: string; type: string; roleArn: string }>(machine);
    const definition = JSON.parse(args.definition);
    const arns = Object.fromEntries(
      Object.entries(tasks).map(([task, name]) => [task, app.fn(name).arn as string]),
    ) as Record<keyof typeof tasks, string>;
    expect(definition).toEqual(tailorDefinition(arns));
    expect(validateDefinition(definition)).toEqual([]);
    expect(args.type).toBe("STANDARD");
    expect(args.roleArn).toBe(app.fake.get("aws.iam.Role", "TailorRole").arn);
    expect(app.outputs.tailor).toBe(machine.arn);
    for (const [task, name] of Object.entries(tasks)) {
      const fnArgs = argsOf<FunctionArgs>(app.fn(name));
      expect(fnArgs.handler).toMatch(/^packages\/functions\/src\/tasks\/[a-z-]+\.handler$/);
      expect(fnArgs.timeout).toBe(`${tailorTaskTimeouts[task as keyof typeof tasks]} seconds`);
      expect(fnArgs.environment.POWERTOOLS_SERVICE_NAME).toBe("tailor");
    }
  });

  it("lets Step Functions invoke exactly the Tailor task functions", () => {
    const role = argsOf<{ inlinePolicies: { policy: string }[] }>(app.fake.get("aws.iam.Role", "TailorRole"));
    const statements = role.inlinePolicies.flatMap((p) => (JSON.parse(p.policy) as PolicyDocument).Statement);
    const lambda = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("lambda:")));
    expect(lambda.map((s) => [s.Action].flat())).toEqual([["lambda:InvokeFunction"]]);
    expect([lambda[0]?.Resource].flat().sort()).toEqual(
      Object.values(tasks)
        .map((n) => app.fn(n).arn)
        .sort(),
    );
  });

  it("only the tailoring API may start it, and only it is told the ARN", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "Tailor");
    const all = app.fake.all("sst.aws.Function").map((f) => argsOf<FunctionArgs>(f));
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
    const api = app.fake.get("sst.aws.ApiGatewayV2", "Api");
    const registered = new Map(app.fake.callsOn(api, "route").map(([route, handler]) => [route, handler]));
    const tailoring = app.fake
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

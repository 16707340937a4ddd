import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpDomains, routes } from "../../packages/functions/src/http/routes";
import { matchDeepDiveDefinition } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { deepDiveConcurrency } from "../deep-dive";
import { buildApp } from "../index";
import { type FakeResource, type FakeSst, installFakeSst } from "./fake-sst";

/* MatchDeepDive (step 2) in the stacks: the shared definition, its role, and who may start it. */

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
const taskNames = ["AnalyzeCandidateTask", "MarkCandidateFailedTask", "FinishDeepDiveTask"];

describe("MatchDeepDive stack", () => {
  it("builds the Standard machine from the shared definition with the task functions' ARNs", () => {
    const machine = fake.get("aws.sfn.StateMachine", "MatchDeepDive");
    const args = argsOf<{ definition: string; type: string; roleArn: string }>(machine);
    const definition = JSON.parse(args.definition);
    expect(definition).toEqual(
      matchDeepDiveDefinition(
        {
          analyzeCandidate: fn("AnalyzeCandidateTask").arn as string,
          markCandidateFailed: fn("MarkCandidateFailedTask").arn as string,
          finishDeepDive: fn("FinishDeepDiveTask").arn as string,
        },
        { maxConcurrency: 10 },
      ),
    );
    expect(validateDefinition(definition)).toEqual([]);
    expect(args.type).toBe("STANDARD");
    expect(args.roleArn).toBe(fake.get("aws.iam.Role", "MatchDeepDiveRole").arn);
    expect(outputs.matchDeepDive).toBe(machine.arn);
    for (const name of taskNames) {
      expect(argsOf<FunctionArgs>(fn(name)).handler).toMatch(
        /^packages\/functions\/src\/tasks\/[a-z-]+\.handler$/,
      );
    }
  });

  it("lets Step Functions invoke exactly the deep-dive task functions", () => {
    const role = argsOf<{ inlinePolicies: { policy: string }[] }>(
      fake.get("aws.iam.Role", "MatchDeepDiveRole"),
    );
    const statements = role.inlinePolicies.flatMap((p) => (JSON.parse(p.policy) as PolicyDocument).Statement);
    const lambda = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("lambda:")));
    expect(lambda.map((s) => [s.Action].flat())).toEqual([["lambda:InvokeFunction"]]);
    expect([lambda[0]?.Resource].flat().sort()).toEqual(taskNames.map((n) => fn(n).arn).sort());
  });

  it("only the match API may start it, and only it is told the ARN", () => {
    const machine = fake.get("aws.sfn.StateMachine", "MatchDeepDive");
    const all = fake.all("sst.aws.Function").map((f) => argsOf<FunctionArgs>(f));
    const match = all.find((f) => f.handler === httpDomains.match);
    expect(match?.environment.MATCH_DEEP_DIVE_ARN).toBe(machine.arn);
    expect(match?.permissions).toEqual([{ actions: ["states:StartExecution"], resources: [machine.arn] }]);
    const others = all.filter((f) => f !== match);
    for (const f of others) {
      expect(f.environment.MATCH_DEEP_DIVE_ARN).toBeUndefined();
      expect(JSON.stringify(f.permissions ?? [])).not.toContain(String(machine.arn));
    }
  });

  it("takes MaxConcurrency from MATCH_MAX_CONCURRENCY at deploy time (default 10)", () => {
    expect(deepDiveConcurrency({})).toBe(10);
    expect(deepDiveConcurrency({ MATCH_MAX_CONCURRENCY: "25" })).toBe(25);
    expect(deepDiveConcurrency({ MATCH_MAX_CONCURRENCY: "zero" })).toBe(10);
  });
});

import { describe, expect, it } from "vitest";
import { httpDomains } from "../../packages/functions/src/http/routes";
import { matchDeepDiveDefinition } from "../../packages/workflow/src/index";
import { validateDefinition } from "../../packages/workflow/src/validate";
import { deepDiveConcurrency } from "../deep-dive";
import { argsOf, type FunctionArgs, type PolicyDocument, useFakeApp } from "./fake-app";

/* MatchDeepDive (step 2) in the stacks: the shared definition, its role, and who may start it. */

const app = useFakeApp();

const taskNames = ["AnalyzeCandidateTask", "MarkCandidateFailedTask", "FinishDeepDiveTask"];

describe("MatchDeepDive stack", () => {
  it("builds the Standard machine from the shared definition with the task functions' ARNs", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "MatchDeepDive");
    const args = argsOf<{ definition: string; type: string; roleArn: string }>(machine);
    const definition = JSON.parse(args.definition);
    expect(definition).toEqual(
      matchDeepDiveDefinition(
        {
          analyzeCandidate: app.fn("AnalyzeCandidateTask").arn as string,
          markCandidateFailed: app.fn("MarkCandidateFailedTask").arn as string,
          finishDeepDive: app.fn("FinishDeepDiveTask").arn as string,
        },
        { maxConcurrency: 10 },
      ),
    );
    expect(validateDefinition(definition)).toEqual([]);
    expect(args.type).toBe("STANDARD");
    expect(args.roleArn).toBe(app.fake.get("aws.iam.Role", "MatchDeepDiveRole").arn);
    expect(app.outputs.matchDeepDive).toBe(machine.arn);
    for (const name of taskNames) {
      expect(argsOf<FunctionArgs>(app.fn(name)).handler).toMatch(
        /^packages\/functions\/src\/tasks\/[a-z-]+\.handler$/,
      );
    }
  });

  it("lets Step Functions invoke exactly the deep-dive task functions", () => {
    const role = argsOf<{ inlinePolicies: { policy: string }[] }>(
      app.fake.get("aws.iam.Role", "MatchDeepDiveRole"),
    );
    const statements = role.inlinePolicies.flatMap((p) => (JSON.parse(p.policy) as PolicyDocument).Statement);
    const lambda = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("lambda:")));
    expect(lambda.map((s) => [s.Action].flat())).toEqual([["lambda:InvokeFunction"]]);
    expect([lambda[0]?.Resource].flat().sort()).toEqual(taskNames.map((n) => app.fn(n).arn).sort());
  });

  it("only the match API may start it, and only it is told the ARN", () => {
    const machine = app.fake.get("aws.sfn.StateMachine", "MatchDeepDive");
    const all = app.fake.all("sst.aws.Function").map((f) => argsOf<FunctionArgs>(f));
    const match = all.find((f) => f.handler === httpDomains.match);
    expect(match?.environment.MATCH_DEEP_DIVE_ARN).toBe(machine.arn);
    // Its only Step Functions grant (it also sends webhook events: stacks/test/events-and-ops.test.ts).
    const states = match?.permissions?.filter((p) => p.actions.some((a) => a.startsWith("states:")));
    expect(states).toEqual([{ actions: ["states:StartExecution"], resources: [machine.arn] }]);
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

import { describe, expect, it } from "vitest";
import type { StateMachineDefinition } from "../src/index";
import { localLambdaArn } from "../src/local";
import { validateDefinition } from "../src/validate";

describe("validateDefinition", () => {
  it("names missing targets, unreachable states and schema errors", () => {
    const broken: StateMachineDefinition = {
      QueryLanguage: "JSONPath",
      StartAt: "A",
      States: {
        A: {
          Type: "Task",
          Resource: localLambdaArn("a"),
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "Nowhere" }],
          End: true,
        },
        Orphan: { Type: "Succeed" },
        Bad: { Type: "Wait", Seconds: -1, End: true },
      },
    };
    const problems = validateDefinition(broken);
    expect(problems.some((p) => p.includes("Nowhere"))).toBe(true);
    expect(problems).toContain('State "Orphan" is unreachable');
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

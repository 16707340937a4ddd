import { afterEach, describe, expect, it } from "vitest";
import {
  type MarkTailoringFailedInput,
  TailorState,
  type TailorTask,
  type TailorWorkflowInput,
  tailorDefinition,
  tailorFailedError,
  tailorName,
} from "../src/index";
import { createLocalExecutor, type LocalExecutor, localLambdaArn, type TaskHandler } from "../src/local";
import { validateDefinition } from "../src/validate";

const arns: Record<TailorTask, string> = {
  loadInputs: localLambdaArn("LoadInputs"),
  tailor: localLambdaArn("Tailor"),
  verify: localLambdaArn("Verify"),
  persist: localLambdaArn("Persist"),
  markTailoringFailed: localLambdaArn("MarkTailoringFailed"),
};

class TransientError extends Error {
  override name = "TransientError";
}
class NotFoundError extends Error {
  override name = "NotFoundError";
}

let executor: LocalExecutor | undefined;
afterEach(async () => {
  await executor?.stopAll();
  executor = undefined;
});

const input: TailorWorkflowInput = { tenantId: "t1", tailoringId: "tl1", jobId: "j1", resumeId: "r1" };
const key = (name: string) => `derived/t1/tailorings/tl1/${name}`;

/** Handlers that pass the state on, adding what each real step adds. */
function happyHandlers(): Record<TailorTask, TaskHandler> {
  return {
    loadInputs: async (state) => state,
    tailor: async (state) => ({ ...(state as object), proposalKey: key("proposal.json") }),
    verify: async (state) => ({ ...(state as object), bundleKey: key("bundle.json") }),
    persist: async (state) => ({ ...(state as object), status: "done" }),
    markTailoringFailed: async () => ({ status: "failed" }),
  };
}

function run(handlers: Record<TailorTask, TaskHandler>) {
  executor = createLocalExecutor({
    definitions: { [tailorName]: tailorDefinition(arns) },
    taskHandlers: Object.fromEntries(
      (Object.keys(arns) as TailorTask[]).map((task) => [arns[task], handlers[task]]),
    ),
    retryIntervalOverrideMs: 1,
  });
  return executor;
}

describe("Tailor definition", () => {
  it("is valid ASL: LoadInputs → Tailor → Verify → Persist → Done, each task retried and caught", () => {
    const definition = tailorDefinition(arns);
    expect(validateDefinition(definition)).toEqual([]);
    expect(definition.QueryLanguage).toBe("JSONPath");
    expect(definition.StartAt).toBe(TailorState.LoadInputs);
    const order = [TailorState.LoadInputs, TailorState.Tailor, TailorState.Verify, TailorState.Persist];
    order.forEach((name, i) => {
      const state = definition.States[name];
      expect(state).toMatchObject({
        Type: "Task",
        Next: order[i + 1] ?? TailorState.Done,
        Retry: [
          { ErrorEquals: expect.arrayContaining(["TransientError", "Lambda.TooManyRequestsException"]) },
        ],
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: "MarkTailoringFailed" }],
      });
    });
    // The LLM call backs off longer, with jitter.
    expect(definition.States.Tailor).toMatchObject({
      Retry: [{ IntervalSeconds: 2, MaxAttempts: 5, BackoffRate: 2, JitterStrategy: "FULL" }],
    });
    expect(definition.States.MarkTailoringFailed).toMatchObject({
      Type: "Task",
      ResultPath: "$.markFailed",
      Next: "Failed",
    });
    expect(definition.States.Failed).toEqual(
      expect.objectContaining({ Type: "Fail", Error: tailorFailedError, CausePath: "$.failure.Cause" }),
    );
    expect(() => tailorDefinition(arns, { tailorMaxAttempts: -1 })).toThrow(RangeError);
  });
});

describe("Tailor on the local executor", () => {
  it("passes ids and S3 keys only, retrying a transient failure of the Tailor step", async () => {
    const seen: Record<string, string[]> = {};
    let tailorAttempts = 0;
    const handlers = happyHandlers();
    const recording = Object.fromEntries(
      (Object.keys(handlers) as TailorTask[]).map((task) => [
        task,
        async (state: unknown) => {
          seen[task] = Object.keys(state as object).sort();
          if (task === "tailor" && ++tailorAttempts === 1) throw new TransientError("429 from the model");
          return handlers[task](state);
        },
      ]),
    ) as Record<TailorTask, TaskHandler>;
    const local = run(recording);
    const started = await local.start(tailorName, input.tailoringId, input);
    const done = await local.waitFor(started.executionArn);
    expect(done.status).toBe("SUCCEEDED");
    expect(done.output).toEqual({
      ...input,
      proposalKey: key("proposal.json"),
      bundleKey: key("bundle.json"),
      status: "done",
    });
    expect(seen.loadInputs).toEqual(["jobId", "resumeId", "tailoringId", "tenantId"]);
    expect(seen.verify).toEqual(["jobId", "proposalKey", "resumeId", "tailoringId", "tenantId"]);
    expect(tailorAttempts).toBe(2);
    expect(seen.markTailoringFailed).toBeUndefined();
  });

  it("marks the tailoring failed with the reason, and the execution ends Failed with the cause", async () => {
    const failures: MarkTailoringFailedInput[] = [];
    const local = run({
      ...happyHandlers(),
      verify: async () => {
        throw new NotFoundError("The CV was deleted while it was being tailored");
      },
      markTailoringFailed: async (state) => {
        failures.push(state as MarkTailoringFailedInput);
        return { status: "failed" };
      },
    });
    const started = await local.start(tailorName, input.tailoringId, input);
    const done = await local.waitFor(started.executionArn);
    expect(done).toMatchObject({
      status: "FAILED",
      error: tailorFailedError,
      cause: "The CV was deleted while it was being tailored",
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      ...input,
      proposalKey: key("proposal.json"),
      failure: { Error: "NotFoundError" },
    });
    const retried = local.history(started.executionArn).filter((e) => e.type === "StateRetried");
    expect(retried).toHaveLength(0);
  });
});

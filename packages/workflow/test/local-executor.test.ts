import { afterEach, describe, expect, it } from "vitest";
import type { StateMachineDefinition } from "../src/index";
import {
  createLocalExecutor,
  ExecutionAlreadyExistsError,
  type HistoryEvent,
  type LocalExecutor,
  localLambdaArn,
  type TaskHandler,
} from "../src/local";

const first = localLambdaArn("first");
const second = localLambdaArn("second");
const recover = localLambdaArn("recover");

/** Two tasks and a Catch: First → Second → Ok; a failure in either → Recover → Ko. */
const tiny: StateMachineDefinition = {
  QueryLanguage: "JSONPath",
  StartAt: "First",
  States: {
    First: {
      Type: "Task",
      Resource: first,
      Retry: [{ ErrorEquals: ["TransientError"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: "Recover" }],
      Next: "Second",
    },
    Second: {
      Type: "Task",
      Resource: second,
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: "Recover" }],
      Next: "Ok",
    },
    Ok: { Type: "Succeed" },
    Recover: { Type: "Task", Resource: recover, Next: "Ko" },
    Ko: { Type: "Fail", Error: "TinyFailed", CausePath: "$.failure.Cause" },
  },
};

class TransientError extends Error {
  override name = "TransientError";
}

let executor: LocalExecutor | undefined;
afterEach(async () => {
  await executor?.stopAll();
  executor = undefined;
});

function make(
  handlers: Partial<Record<string, TaskHandler>>,
  events: HistoryEvent[] = [],
  maxConcurrentRuns?: Record<string, number>,
): LocalExecutor {
  const pass: TaskHandler = async (input) => input;
  executor = createLocalExecutor({
    ...(maxConcurrentRuns ? { maxConcurrentRuns } : {}),
    definitions: { Tiny: tiny },
    taskHandlers: {
      [first]: handlers[first] ?? pass,
      [second]: handlers[second] ?? pass,
      [recover]: handlers[recover] ?? pass,
    },
    retryIntervalOverrideMs: 1,
    onEvent: (event) => events.push(event),
  });
  return executor;
}

describe("createLocalExecutor", () => {
  it("runs both tasks in the background and keeps a readable history", async () => {
    const events: HistoryEvent[] = [];
    const local = make(
      {
        [first]: async (input) => ({ ...(input as object), a: 1 }),
        [second]: async (input) => ({ ...(input as object), b: 2 }),
      },
      events,
    );
    const started = await local.start("Tiny", "run-1", { id: "x" });
    expect(started.alreadyExisted).toBe(false);
    expect(local.describe(started.executionArn).status).toBe("RUNNING");

    const done = await local.waitFor(started.executionArn);
    expect(done).toMatchObject({ status: "SUCCEEDED", input: { id: "x" }, output: { id: "x", a: 1, b: 2 } });
    expect(done.stopDate?.getTime()).toBeGreaterThanOrEqual(done.startDate.getTime());

    const entered = local
      .history(started.executionArn)
      .filter((e) => e.type === "StateEntered")
      .map((e) => e.stateName);
    expect(entered).toEqual(["First", "Second", "Ok"]);
    expect(events.map((e) => e.type)).toContain("ExecutionSucceeded");
    expect(local.list("Tiny").map((d) => d.name)).toEqual(["run-1"]);
    expect(local.list(local.stateMachineArn("Tiny"), { status: "FAILED" })).toEqual([]);
  });

  it("retries a TransientError and then succeeds", async () => {
    let calls = 0;
    const local = make({
      [first]: async (input) => {
        calls += 1;
        if (calls < 3) throw new TransientError("database busy");
        return input;
      },
    });
    const { executionArn } = await local.start("Tiny", "retry", {});
    expect(await local.waitFor(executionArn)).toMatchObject({ status: "SUCCEEDED" });
    expect(calls).toBe(3);
    const retried = local.history(executionArn).filter((e) => e.type === "StateRetried");
    expect(retried.map((e) => e.stateName)).toEqual(["First", "First"]);
  });

  it("sends a permanent failure to the Catch state with $.failure.Error and Cause", async () => {
    let recovered: unknown;
    const local = make({
      [second]: async () => {
        throw Object.assign(new Error("the file is empty"), { name: "EmptyDocumentError" });
      },
      [recover]: async (input) => {
        recovered = input;
        return input;
      },
    });
    const { executionArn } = await local.start("Tiny", "fails", { id: "y" });
    const done = await local.waitFor(executionArn);
    expect(recovered).toEqual({
      id: "y",
      failure: { Error: "EmptyDocumentError", Cause: "the file is empty" },
    });
    expect(done).toMatchObject({ status: "FAILED", error: "TinyFailed", cause: "the file is empty" });
    const caught = local.history(executionArn).find((e) => e.type === "StateCaught");
    expect(caught?.stateName).toBe("Second");
  });

  it("runs an execution name once: same name and input while running is the same execution", async () => {
    let calls = 0;
    const local = make({
      [first]: async (input) => {
        calls += 1;
        return input;
      },
    });
    const a = await local.start("Tiny", "doc-1", { id: "1" });
    const b = await local.start("Tiny", "doc-1", { id: "1" });
    expect(b).toEqual({ ...a, alreadyExisted: true });
    await expect(local.start("Tiny", "doc-1", { id: "other" })).rejects.toBeInstanceOf(
      ExecutionAlreadyExistsError,
    );
    await local.waitFor(a.executionArn);
    // Finished: AWS refuses the name for good (90 days), whatever the input.
    await expect(local.start("Tiny", "doc-1", { id: "1" })).rejects.toMatchObject({
      name: "ExecutionAlreadyExists",
    });
    expect(calls).toBe(1);
    expect(local.list("Tiny")).toHaveLength(1);
  });

  it("rejects names AWS rejects and machines it does not know", async () => {
    const local = make({});
    await expect(local.start("Tiny", "a/b", {})).rejects.toMatchObject({ name: "InvalidName" });
    await expect(local.start("Nope", "x", {})).rejects.toMatchObject({ name: "StateMachineDoesNotExist" });
    expect(() => local.describe("arn:aws:states:us-east-1:0:execution:Tiny:none")).toThrow(/does not exist/);
  });

  it("stops running executions as ABORTED", async () => {
    const local = make({ [first]: () => new Promise(() => {}) });
    const { executionArn } = await local.start("Tiny", "hangs", {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    await local.stopAll();
    expect(local.describe(executionArn).status).toBe("ABORTED");
  });

  it("refuses a definition whose task has no local handler", () => {
    expect(() => createLocalExecutor({ definitions: { Tiny: tiny }, taskHandlers: {} })).toThrow(
      /No local handler/,
    );
  });

  it("runs at most maxConcurrentRuns of a machine at once, the rest in start order", async () => {
    let running = 0;
    let most = 0;
    const order: string[] = [];
    const gates: (() => void)[] = [];
    const local = make(
      {
        [first]: async (input) => {
          running++;
          most = Math.max(most, running);
          order.push((input as { id: string }).id);
          await new Promise<void>((resolve) => gates.push(resolve));
          running--;
          return input;
        },
      },
      [],
      { Tiny: 2 },
    );
    const started = await Promise.all(
      ["a", "b", "c", "d", "e"].map((id) => local.start("Tiny", `run-${id}`, { id })),
    );
    // Every start answers at once, RUNNING, though only two have a slot.
    expect(started.map((s) => local.describe(s.executionArn).status)).toEqual(Array(5).fill("RUNNING"));
    for (let released = 0; released < 5; released++) {
      while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      expect(running).toBeLessThanOrEqual(2);
      gates.shift()?.();
    }
    const done = await Promise.all(started.map((s) => local.waitFor(s.executionArn)));
    expect(done.map((d) => d.status)).toEqual(Array(5).fill("SUCCEEDED"));
    expect(most).toBe(2);
    expect(order).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("aborts executions still waiting for a slot without running them", async () => {
    let calls = 0;
    const local = make(
      {
        [first]: () => {
          calls++;
          return new Promise(() => {});
        },
      },
      [],
      { Tiny: 1 },
    );
    const a = await local.start("Tiny", "holds-the-slot", {});
    const b = await local.start("Tiny", "waits", {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    await local.stopAll();
    expect(local.describe(a.executionArn).status).toBe("ABORTED");
    expect(local.describe(b.executionArn).status).toBe("ABORTED");
    expect(calls).toBe(1);
  });
});

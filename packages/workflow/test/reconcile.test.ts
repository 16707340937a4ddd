import { afterEach, describe, expect, it } from "vitest";
import { type ReconcileOutput, ReconcileState, reconcileDefinition, reconcileName } from "../src/index";
import { createLocalExecutor, type LocalExecutor, localLambdaArn, type TaskHandler } from "../src/local";
import { validateDefinition } from "../src/validate";

const arns = {
  reconcileRecords: localLambdaArn("ReconcileRecords"),
  reconcileObjects: localLambdaArn("ReconcileObjects"),
  reconcileEvents: localLambdaArn("ReconcileEvents"),
};

let executor: LocalExecutor | undefined;
afterEach(async () => {
  await executor?.stopAll();
  executor = undefined;
});

const eventsSummary = { deliveriesRequeued: 0, batchesExamined: 0, batchesCompleted: 0, truncated: false };

async function run(
  records: TaskHandler,
  objects: TaskHandler,
  events: TaskHandler = async () => eventsSummary,
): Promise<ReconcileOutput> {
  executor = createLocalExecutor({
    definitions: { [reconcileName]: reconcileDefinition(arns) },
    taskHandlers: {
      [arns.reconcileRecords]: records,
      [arns.reconcileObjects]: objects,
      [arns.reconcileEvents]: events,
    },
    retryIntervalOverrideMs: 0,
  });
  const started = await executor.start(reconcileName, "r1", { olderThan: "2026-01-01T00:00:00.000Z" });
  const done = await executor.waitFor(started.executionArn);
  expect(done.status).toBe("SUCCEEDED");
  return done.output as ReconcileOutput;
}

describe("Reconcile definition", () => {
  it("is valid ASL (JSONPath, Standard) with the three passes in order", () => {
    const definition = reconcileDefinition(arns);
    expect(validateDefinition(definition)).toEqual([]);
    expect(definition.QueryLanguage).toBe("JSONPath");
    expect(definition.StartAt).toBe(ReconcileState.ReconcileRecords);
    const next = (state: string) => (definition.States[state] as { Next?: string }).Next;
    expect(next(ReconcileState.ReconcileRecords)).toBe(ReconcileState.ReconcileObjects);
    expect(next(ReconcileState.ReconcileObjects)).toBe(ReconcileState.ReconcileEvents);
    expect(next(ReconcileState.ReconcileEvents)).toBe(ReconcileState.Done);
  });

  it("hands each pass the input and keeps every summary in the output", async () => {
    const seen: unknown[] = [];
    const out = await run(
      async (input) => {
        seen.push(input);
        return { examined: 2, restarted: 1 };
      },
      async (input) => {
        seen.push(input);
        return { listed: 5, started: 1 };
      },
      async (input) => {
        seen.push(input);
        return { ...eventsSummary, deliveriesRequeued: 3 };
      },
    );
    expect(seen[0]).toEqual({ olderThan: "2026-01-01T00:00:00.000Z" });
    expect(seen[2]).toMatchObject({ olderThan: "2026-01-01T00:00:00.000Z" });
    expect(out).toMatchObject({
      records: { examined: 2, restarted: 1 },
      objects: { listed: 5, started: 1 },
      events: { deliveriesRequeued: 3 },
    });
  });

  it("still runs the later passes when one fails for good, keeping why", async () => {
    const out = await run(
      async () => {
        throw Object.assign(new Error("database unreachable"), { name: "InternalError" });
      },
      async () => ({ listed: 0 }),
    );
    expect(out.recordsFailure).toMatchObject({ Error: "InternalError" });
    expect(out.objects).toEqual({ listed: 0 });
    expect(out.events).toEqual(eventsSummary);
  });

  it("keeps the objects pass's failure and still sends what was left unannounced", async () => {
    const out = await run(
      async () => ({ examined: 0 }),
      async () => {
        throw Object.assign(new Error("bucket unreachable"), { name: "TransientError" });
      },
    );
    expect(out.objectsFailure).toMatchObject({ Error: "TransientError" });
    expect(out.events).toEqual(eventsSummary);
  });
});

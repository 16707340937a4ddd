import { afterEach, describe, expect, it } from "vitest";
import { type ReconcileOutput, ReconcileState, reconcileDefinition, reconcileName } from "../src/index";
import { createLocalExecutor, type LocalExecutor, localLambdaArn, type TaskHandler } from "../src/local";
import { validateDefinition } from "../src/validate";

const arns = {
  reconcileRecords: localLambdaArn("ReconcileRecords"),
  reconcileObjects: localLambdaArn("ReconcileObjects"),
};

let executor: LocalExecutor | undefined;
afterEach(async () => {
  await executor?.stopAll();
  executor = undefined;
});

async function run(records: TaskHandler, objects: TaskHandler): Promise<ReconcileOutput> {
  executor = createLocalExecutor({
    definitions: { [reconcileName]: reconcileDefinition(arns) },
    taskHandlers: { [arns.reconcileRecords]: records, [arns.reconcileObjects]: objects },
    retryIntervalOverrideMs: 0,
  });
  const started = await executor.start(reconcileName, "r1", { olderThan: "2026-01-01T00:00:00.000Z" });
  const done = await executor.waitFor(started.executionArn);
  expect(done.status).toBe("SUCCEEDED");
  return done.output as ReconcileOutput;
}

describe("Reconcile definition", () => {
  it("is valid ASL (JSONPath, Standard) with both passes in order", () => {
    const definition = reconcileDefinition(arns);
    expect(validateDefinition(definition)).toEqual([]);
    expect(definition.QueryLanguage).toBe("JSONPath");
    expect(definition.StartAt).toBe(ReconcileState.ReconcileRecords);
  });

  it("hands each pass the input and keeps both summaries in the output", async () => {
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
    );
    expect(seen[0]).toEqual({ olderThan: "2026-01-01T00:00:00.000Z" });
    expect(out).toMatchObject({ records: { examined: 2, restarted: 1 }, objects: { listed: 5, started: 1 } });
  });

  it("still runs the objects pass when the records pass fails for good, keeping why", async () => {
    const out = await run(
      async () => {
        throw Object.assign(new Error("database unreachable"), { name: "InternalError" });
      },
      async () => ({ listed: 0 }),
    );
    expect(out.recordsFailure).toMatchObject({ Error: "InternalError" });
    expect(out.objects).toEqual({ listed: 0 });
  });
});

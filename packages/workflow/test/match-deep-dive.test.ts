import { afterEach, describe, expect, it } from "vitest";
import {
  type AnalyzeCandidateInput,
  type FinishDeepDiveInput,
  type MarkCandidateFailedInput,
  type MatchDeepDiveInput,
  MatchDeepDiveState,
  matchDeepDiveDefinition,
  matchDeepDiveFailedError,
  matchDeepDiveName,
} from "../src/index";
import { createLocalExecutor, type LocalExecutor, localLambdaArn, type TaskHandler } from "../src/local";
import { validateDefinition } from "../src/validate";

const arns = {
  analyzeCandidate: localLambdaArn("AnalyzeCandidate"),
  markCandidateFailed: localLambdaArn("MarkCandidateFailed"),
  finishDeepDive: localLambdaArn("FinishDeepDive"),
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

function run(handlers: Record<keyof typeof arns, TaskHandler>, maxConcurrency?: number) {
  executor = createLocalExecutor({
    definitions: {
      [matchDeepDiveName]: matchDeepDiveDefinition(arns, maxConcurrency ? { maxConcurrency } : {}),
    },
    taskHandlers: {
      [arns.analyzeCandidate]: handlers.analyzeCandidate,
      [arns.markCandidateFailed]: handlers.markCandidateFailed,
      [arns.finishDeepDive]: handlers.finishDeepDive,
    },
    retryIntervalOverrideMs: 1,
  });
  return executor;
}

const input = (n: number): MatchDeepDiveInput => ({
  tenantId: "t1",
  sessionId: "s1",
  jobId: "j1",
  resumeIds: Array.from({ length: n }, (_, i) => `r${i}`),
  requestedBy: "user-1",
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("MatchDeepDive definition", () => {
  it("is valid ASL with a Map over the candidates, ids only", () => {
    const definition = matchDeepDiveDefinition(arns);
    expect(validateDefinition(definition)).toEqual([]);
    const map = definition.States[MatchDeepDiveState.AnalyzeCandidates];
    expect(map).toMatchObject({
      Type: "Map",
      ItemsPath: "$.resumeIds",
      MaxConcurrency: 10,
      ResultPath: null,
      // Who asked travels to every candidate's analysis (its audit row names them).
      ItemSelector: { "resumeId.$": "$$.Map.Item.Value", "requestedBy.$": "$.requestedBy" },
    });
    const analyze = map?.Type === "Map" ? map.ItemProcessor.States.AnalyzeCandidate : undefined;
    expect(analyze).toMatchObject({
      Retry: [
        {
          ErrorEquals: expect.arrayContaining(["TransientError", "Lambda.TooManyRequestsException"]),
          MaxAttempts: 5,
          BackoffRate: 2,
        },
      ],
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "RecordCandidateFailed" }],
    });
    expect(matchDeepDiveDefinition(arns, { maxConcurrency: 3 }).States.AnalyzeCandidates).toMatchObject({
      MaxConcurrency: 3,
    });
    expect(() => matchDeepDiveDefinition(arns, { maxConcurrency: 0 })).toThrow(RangeError);
  });
});

describe("MatchDeepDive on the local executor", () => {
  it("respects MaxConcurrency, retries transient errors, and a failing candidate does not stop the others", async () => {
    let inFlight = 0;
    let peak = 0;
    const attempts = new Map<string, number>();
    const failed: MarkCandidateFailedInput[] = [];
    let finished: FinishDeepDiveInput | undefined;
    const local = run(
      {
        analyzeCandidate: async (raw) => {
          const item = raw as AnalyzeCandidateInput;
          expect(Object.keys(item).sort()).toEqual([
            "jobId",
            "requestedBy",
            "resumeId",
            "sessionId",
            "tenantId",
          ]);
          expect(item.requestedBy).toBe("user-1");
          const n = (attempts.get(item.resumeId) ?? 0) + 1;
          attempts.set(item.resumeId, n);
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await sleep(5);
          inFlight -= 1;
          if (item.resumeId === "r3" && n <= 2) throw new TransientError("429 from the model");
          if (item.resumeId === "r7") throw new NotFoundError("resume was deleted");
          return { resumeId: item.resumeId, status: "done", score: 50, verdict: "mixed" };
        },
        markCandidateFailed: async (raw) => {
          failed.push(raw as MarkCandidateFailedInput);
          return { status: "failed" };
        },
        finishDeepDive: async (raw) => {
          finished = raw as FinishDeepDiveInput;
          return { sessionId: "s1", status: "done", total: 20, done: 19, failed: 1 };
        },
      },
      4,
    );
    const started = await local.start(matchDeepDiveName, "s1", input(20));
    const done = await local.waitFor(started.executionArn);
    expect(done.status).toBe("SUCCEEDED");
    expect(done.output).toEqual({ sessionId: "s1", status: "done", total: 20, done: 19, failed: 1 });
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(4);
    expect(attempts.get("r3")).toBe(3);
    expect(attempts.get("r7")).toBe(1);
    expect(attempts.size).toBe(20);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ resumeId: "r7", failure: { Error: "NotFoundError" } });
    expect(failed[0]?.failure.Cause).toContain("resume was deleted");
    expect(finished).toEqual(input(20));
    const retried = local.history(started.executionArn).filter((e) => e.type === "StateRetried");
    expect(retried).toHaveLength(2);
  });

  it("marks the session failed when finishing fails, and the execution ends Failed with the cause", async () => {
    const calls: FinishDeepDiveInput[] = [];
    const local = run({
      analyzeCandidate: async () => ({ status: "done" }),
      markCandidateFailed: async () => ({}),
      finishDeepDive: async (raw) => {
        const state = raw as FinishDeepDiveInput;
        calls.push(state);
        if (state.failure === undefined) throw new Error("database is gone");
        return { status: "failed" };
      },
    });
    const started = await local.start(matchDeepDiveName, "s2", input(2));
    const done = await local.waitFor(started.executionArn);
    expect(done).toMatchObject({
      status: "FAILED",
      error: matchDeepDiveFailedError,
      cause: "database is gone",
    });
    expect(calls.map((c) => c.failure?.Cause ?? null)).toEqual([null, "database is gone"]);
  });
});

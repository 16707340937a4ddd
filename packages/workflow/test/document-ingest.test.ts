import { describe, expect, it } from "vitest";
import {
  type DocumentIngestInput,
  type DocumentIngestOutput,
  DocumentIngestState,
  documentIngestDefinition,
  documentIngestFailedError,
  retryableErrors,
  type TaskState,
} from "../src/index";
import { createLocalExecutor, localLambdaArn } from "../src/local";
import { transitionsOf, validateDefinition } from "../src/validate";

const arns = {
  extractText: localLambdaArn("extract-text"),
  ocrText: localLambdaArn("ocr-text"),
  normalize: localLambdaArn("normalize"),
  persist: localLambdaArn("persist"),
  match: localLambdaArn("match"),
  markFailed: localLambdaArn("mark-failed"),
};
const S = DocumentIngestState;

function taskState(name: string): TaskState {
  const state = documentIngestDefinition(arns).States[name];
  if (state?.Type !== "Task") throw new Error(`${name} is not a Task`);
  return state;
}

describe("documentIngestDefinition", () => {
  it("is valid ASL whose every transition names a real, reachable state", () => {
    const definition = documentIngestDefinition(arns);
    expect(validateDefinition(definition)).toEqual([]);
    for (const state of Object.values(definition.States)) {
      for (const target of transitionsOf(state)) expect(definition.States).toHaveProperty(target);
    }
  });

  it("runs the happy path ExtractText → NeedsOcr → Normalize → Persist → Match → Done on JSONPath, Lambda ARNs direct", () => {
    const definition = documentIngestDefinition(arns);
    expect(definition.QueryLanguage).toBe("JSONPath");
    expect(definition.StartAt).toBe(S.ExtractText);
    expect(taskState(S.ExtractText)).toMatchObject({ Resource: arns.extractText, Next: S.NeedsOcr });
    expect(definition.States[S.NeedsOcr]).toEqual({
      Type: "Choice",
      Comment: expect.any(String),
      Choices: [{ Variable: "$.needsOcr", BooleanEquals: true, Next: S.OcrText }],
      Default: S.Normalize,
    });
    expect(taskState(S.OcrText)).toMatchObject({ Resource: arns.ocrText, Next: S.Normalize });
    expect(taskState(S.Normalize)).toMatchObject({ Resource: arns.normalize, Next: S.Persist });
    expect(taskState(S.Persist)).toMatchObject({ Resource: arns.persist, Next: S.Match });
    expect(taskState(S.Match)).toMatchObject({ Resource: arns.match, Next: S.Done, ResultPath: "$.match" });
    expect(definition.States[S.Done]).toMatchObject({ Type: "Succeed" });
  });

  it("retries transient errors with backoff and sends any other failure to MarkFailed", () => {
    for (const name of [S.ExtractText, S.OcrText, S.Normalize, S.Persist]) {
      const state = taskState(name);
      expect(state.Retry).toEqual([
        { ErrorEquals: retryableErrors, IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 3 },
      ]);
      expect(state.TimeoutSeconds).toBeGreaterThan(0);
      expect(state.Catch).toEqual([
        { ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: S.MarkFailed },
      ]);
    }
    expect(taskState(S.MarkFailed)).toMatchObject({ Resource: arns.markFailed, Next: S.Failed });
    expect(taskState(S.MarkFailed).Catch).toBeUndefined();
    expect(documentIngestDefinition(arns).States[S.Failed]).toMatchObject({
      Type: "Fail",
      Error: documentIngestFailedError,
    });
  });

  it("takes the retry interval and attempts as options, and refuses values ASL would reject", () => {
    const state = documentIngestDefinition(arns, { retryIntervalSeconds: 2, maxAttempts: 0 }).States[
      S.Persist
    ];
    expect(state).toMatchObject({ Retry: [{ IntervalSeconds: 2, MaxAttempts: 0 }] });
    expect(() => documentIngestDefinition(arns, { retryIntervalSeconds: 0.1 })).toThrow(RangeError);
    expect(() => documentIngestDefinition(arns, { maxAttempts: -1 })).toThrow(RangeError);
  });

  it("keeps the input/output contract: each task adds its keys to the whole state", async () => {
    const input: DocumentIngestInput = {
      tenantId: "t1",
      documentId: "d1",
      kind: "resume",
      bucket: "uploads",
      key: "tenants/t1/resumes/d1/cv.pdf",
    };
    const seen: Record<string, string[]> = {};
    const step =
      (name: string, added: Record<string, unknown>) =>
      async (state: unknown): Promise<unknown> => {
        seen[name] = Object.keys(state as object).sort();
        return { ...(state as object), ...added };
      };
    const executor = createLocalExecutor({
      definitions: { DocumentIngest: documentIngestDefinition(arns) },
      taskHandlers: {
        [arns.extractText]: step("extract", {
          textKey: "t.txt",
          chars: 42,
          mime: "application/pdf",
          needsOcr: false,
        }),
        [arns.ocrText]: step("ocr", {}),
        [arns.normalize]: step("normalize", { cardKey: "card.json" }),
        [arns.persist]: step("persist", { recordId: "r1" }),
        [arns.match]: async (state: unknown) => {
          seen.match = Object.keys(state as object).sort();
          return { scored: 3 };
        },
        [arns.markFailed]: step("markFailed", {}),
      },
    });
    const { executionArn } = await executor.start("DocumentIngest", "d1", input);
    const done = await executor.waitFor(executionArn);
    const inputKeys = Object.keys(input).sort();
    expect(seen.extract).toEqual(inputKeys);
    expect(seen.ocr).toBeUndefined();
    expect(seen.normalize).toEqual([...inputKeys, "chars", "mime", "needsOcr", "textKey"].sort());
    expect(seen.persist).toEqual([...inputKeys, "cardKey", "chars", "mime", "needsOcr", "textKey"].sort());
    expect(seen.match).toEqual(
      [...inputKeys, "cardKey", "chars", "mime", "needsOcr", "recordId", "textKey"].sort(),
    );
    const output: DocumentIngestOutput = {
      ...input,
      textKey: "t.txt",
      chars: 42,
      mime: "application/pdf",
      needsOcr: false,
      cardKey: "card.json",
      recordId: "r1",
      match: { scored: 3 },
    };
    expect(done).toMatchObject({ status: "SUCCEEDED", output });
  });

  it("sends a document without a text layer through OcrText before Normalize", async () => {
    const order: string[] = [];
    const step = (name: string, added: Record<string, unknown>) => async (state: unknown) => {
      order.push(name);
      return { ...(state as object), ...added };
    };
    const executor = createLocalExecutor({
      definitions: { DocumentIngest: documentIngestDefinition(arns) },
      taskHandlers: {
        [arns.extractText]: step("ExtractText", {
          textKey: "t",
          chars: 0,
          mime: "image/png",
          needsOcr: true,
        }),
        [arns.ocrText]: step("OcrText", { chars: 812, needsOcr: false }),
        [arns.normalize]: step("Normalize", { cardKey: "c" }),
        [arns.persist]: step("Persist", { recordId: "r" }),
        [arns.match]: async () => {
          order.push("Match");
          return { scored: 0 };
        },
        [arns.markFailed]: step("MarkFailed", {}),
      },
    });
    const input = { tenantId: "t1", documentId: "scan1", kind: "resume", bucket: "b", key: "k.png" };
    const done = await executor.waitFor(
      (await executor.start("DocumentIngest", "scan1", input)).executionArn,
    );
    expect(done.status).toBe("SUCCEEDED");
    expect(order).toEqual(["ExtractText", "OcrText", "Normalize", "Persist", "Match"]);
  });

  it("marks the document failed with a readable reason and ends as DocumentIngestFailed", async () => {
    let marked: unknown;
    const executor = createLocalExecutor({
      definitions: { DocumentIngest: documentIngestDefinition(arns) },
      retryIntervalOverrideMs: 0,
      taskHandlers: {
        [arns.extractText]: async () => {
          throw Object.assign(new Error("The PDF is encrypted"), { name: "EncryptedDocumentError" });
        },
        [arns.ocrText]: async (s) => s,
        [arns.normalize]: async (s) => s,
        [arns.persist]: async (s) => s,
        [arns.match]: async (s) => s,
        [arns.markFailed]: async (s) => {
          marked = s;
          return { status: "failed" };
        },
      },
    });
    const input = { tenantId: "t1", documentId: "d2", kind: "job", bucket: "b", key: "k" };
    const { executionArn } = await executor.start("DocumentIngest", "d2", input);
    const done = await executor.waitFor(executionArn);
    expect(marked).toEqual({
      ...input,
      failure: { Error: "EncryptedDocumentError", Cause: "The PDF is encrypted" },
    });
    expect(done).toMatchObject({
      status: "FAILED",
      error: documentIngestFailedError,
      cause: "The PDF is encrypted",
    });
  });

  it("keeps the document when Match fails: retried, then noted in $.matchFailure, and the execution succeeds", async () => {
    const calls: string[] = [];
    let matchAttempts = 0;
    const pass =
      (name: string, added: Record<string, unknown> = {}) =>
      async (state: unknown) => {
        calls.push(name);
        return { ...(state as object), ...added };
      };
    const executor = createLocalExecutor({
      definitions: { DocumentIngest: documentIngestDefinition(arns, { maxAttempts: 1 }) },
      retryIntervalOverrideMs: 0,
      taskHandlers: {
        [arns.extractText]: pass("ExtractText", {
          textKey: "t",
          chars: 9,
          mime: "text/plain",
          needsOcr: false,
        }),
        [arns.ocrText]: pass("OcrText"),
        [arns.normalize]: pass("Normalize", { cardKey: "c" }),
        [arns.persist]: pass("Persist", { recordId: "r" }),
        [arns.match]: async () => {
          matchAttempts += 1;
          throw Object.assign(new Error("database went away"), { name: "TransientError" });
        },
        [arns.markFailed]: pass("MarkFailed"),
      },
    });
    const input = { tenantId: "t1", documentId: "d3", kind: "resume", bucket: "b", key: "k" };
    const done = await executor.waitFor((await executor.start("DocumentIngest", "d3", input)).executionArn);
    expect(matchAttempts).toBe(2);
    expect(calls).not.toContain("MarkFailed");
    expect(done.status).toBe("SUCCEEDED");
    expect(done.output).toMatchObject({
      recordId: "r",
      matchFailure: { Error: "TransientError", Cause: "database went away" },
    });
    const states = executor.history(done.executionArn).map((e) => e.stateName);
    expect(states).toContain(S.MatchFailed);
  });
});

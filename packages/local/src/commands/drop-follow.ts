import { DescribeExecutionCommand, type ExecutionListItem, ListExecutionsCommand } from "@aws-sdk/client-sfn";
import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { codeOutOfMessage } from "@futodama/core";
import type { Target } from "./target";

/*
 * Follows the documents of a drop through DocumentIngest by the S3 key in each execution's
 * input (execution names are document ids, which the CLI cannot know in advance). A file with
 * no execution once the ingest queue has stayed empty for a while was taken by the starter as
 * a duplicate of a document already there: nothing more will happen to it.
 */

export type FileOutcome =
  | { status: "pending" }
  | { status: "running"; documentId: string }
  | { status: "parsed"; documentId: string; matchNote?: string }
  | { status: "failed"; documentId: string; reason: string }
  | { status: "duplicate"; reason: string };

export interface FollowedFile {
  key: string;
  sha256: string;
  outcome: FileOutcome;
}

export interface FollowOptions {
  since: Date;
  pollMs?: number;
  timeoutMs: number;
  onProgress?: (settled: number) => void;
}

const terminal = (o: FileOutcome) =>
  o.status === "parsed" || o.status === "failed" || o.status === "duplicate";

async function listSince(target: Target, arn: string, since: Date): Promise<ExecutionListItem[]> {
  const out: ExecutionListItem[] = [];
  let nextToken: string | undefined;
  do {
    const page = await target.sfn.send(
      new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 1000, nextToken }),
    );
    const items = page.executions ?? [];
    out.push(...items.filter((e) => (e.startDate?.getTime() ?? 0) >= since.getTime() - 5000));
    // Newest first: once a page reaches before the drop, the rest is older still.
    if (items.some((e) => (e.startDate?.getTime() ?? 0) < since.getTime() - 5000)) break;
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

async function queueEmpty(target: Target): Promise<boolean> {
  if (!target.ingestQueueUrl) return false;
  const out = await target.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: target.ingestQueueUrl,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  const a = out.Attributes ?? {};
  return (
    Number(a.ApproximateNumberOfMessages ?? 1) === 0 &&
    Number(a.ApproximateNumberOfMessagesNotVisible ?? 1) === 0
  );
}

function reasonOf(cause: string | undefined, error: string | undefined): string {
  if (!cause) return error ?? "failed";
  let message = cause;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === "string") message = parsed.errorMessage;
  } catch {
    // a plain message (the local runner)
  }
  // The step's code rides at the front of the message (the record's errorCode); a person reads the rest.
  return codeOutOfMessage(message).message;
}

/** Resolves when every file has an outcome, or the timeout leaves some `pending`/`running`. */
export async function followDrop(
  target: Target,
  files: FollowedFile[],
  options: FollowOptions,
): Promise<void> {
  const arn = target.documentIngestArn;
  if (!arn) throw new Error("--wait needs the DocumentIngest ARN (FUTODAMA_DOCUMENT_INGEST_ARN on a stage)");
  const byKey = new Map(files.map((f) => [f.key, f]));
  const keyOfExecution = new Map<string, string | null>();
  const deadline = Date.now() + options.timeoutMs;
  let emptySince: number | null = null;
  for (;;) {
    // Queue first, executions second: whatever the starter did before the queue emptied is listed.
    const empty = await queueEmpty(target);
    const now = Date.now();
    emptySince = empty ? (emptySince ?? now) : null;
    for (const execution of await listSince(target, arn, options.since)) {
      const executionArn = execution.executionArn ?? "";
      let key = keyOfExecution.get(executionArn);
      const file = key ? byKey.get(key) : undefined;
      if (key === null || (file && terminal(file.outcome))) continue;
      const status = execution.status ?? "RUNNING";
      if (key !== undefined && status === "RUNNING") continue;
      const described = await target.sfn.send(new DescribeExecutionCommand({ executionArn }));
      key = (JSON.parse(described.input ?? "{}") as { key?: string }).key ?? null;
      keyOfExecution.set(executionArn, key !== null && byKey.has(key) ? key : null);
      const mine = key === null ? undefined : byKey.get(key);
      if (!mine) continue;
      const documentId = execution.name ?? "";
      if (described.status === "SUCCEEDED") {
        const output = JSON.parse(described.output ?? "{}") as {
          matchFailure?: { Cause?: string; Error?: string };
        };
        const note = output.matchFailure
          ? reasonOf(output.matchFailure.Cause, output.matchFailure.Error)
          : undefined;
        mine.outcome = { status: "parsed", documentId, ...(note ? { matchNote: note } : {}) };
      } else if (described.status === "RUNNING") {
        mine.outcome = { status: "running", documentId };
      } else {
        mine.outcome = { status: "failed", documentId, reason: reasonOf(described.cause, described.error) };
      }
    }
    if (emptySince !== null && now - emptySince >= target.quietMs) {
      settleDuplicates(files);
    }
    const settled = files.filter((f) => terminal(f.outcome)).length;
    options.onProgress?.(settled);
    if (settled === files.length || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
  }
}

/** Files that never got an execution: the same bytes as another file of the drop, or as an older document. */
function settleDuplicates(files: FollowedFile[]): void {
  const followed = new Map<string, string>();
  for (const f of files)
    if (f.outcome.status !== "pending" && f.outcome.status !== "duplicate") followed.set(f.sha256, f.key);
  for (const f of files) {
    if (f.outcome.status !== "pending") continue;
    const twin = followed.get(f.sha256);
    f.outcome = {
      status: "duplicate",
      reason: twin
        ? `same file as ${twin.split("/").slice(2).join("/")}`
        : "same file as a document already stored",
    };
  }
}

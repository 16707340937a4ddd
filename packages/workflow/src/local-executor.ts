import { ExecutionAbortedError, ExecutionError, ExecutionTimeoutError } from "aws-local-stepfunctions";
import type { JsonValue, StateMachineDefinition } from "./asl";
import { localExecutionArn, stateMachineNameOf } from "./local-arn";
import {
  assertValidExecutionName,
  ExecutionAlreadyExistsError,
  ExecutionDoesNotExistError,
  InvalidExecutionInputError,
  StateMachineDoesNotExistError,
} from "./local-errors";
import { causeText, type HistoryEvent, type RunnerEvent, toHistoryEvent } from "./local-history";
import { type CompiledMachine, compileMachine, type TaskHandler } from "./local-machine";
import { Slots } from "./local-slots";

export type { TaskHandler } from "./local-machine";

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

export interface ExecutionDescription {
  executionArn: string;
  stateMachineArn: string;
  stateMachineName: string;
  name: string;
  status: ExecutionStatus;
  input: JsonValue;
  output?: JsonValue;
  error?: string;
  cause?: string;
  startDate: Date;
  stopDate?: Date;
}

export interface StartExecutionResult {
  executionArn: string;
  startDate: Date;
  /** True when a running execution with this name and input was already there (AWS's idempotent start). */
  alreadyExisted: boolean;
}

export interface LocalExecutorOptions {
  /** State machines by name, e.g. `{ DocumentIngest: documentIngestDefinition(arns) }`. */
  definitions: Record<string, StateMachineDefinition>;
  /** The local function behind each Task `Resource` (Lambda ARN). Every task needs one. */
  taskHandlers: Record<string, TaskHandler>;
  /** Pause of every `Wait` state, in milliseconds, instead of the definition's. */
  waitTimeOverrideMs?: number;
  /** Pause before every retry, in milliseconds, instead of IntervalSeconds × BackoffRate^n. */
  retryIntervalOverrideMs?: number;
  /** Called for every history event as it happens (logging, the local runtime's tracing). */
  onEvent?: (event: HistoryEvent) => void;
  /**
   * At most this many executions of a state machine run at once (by name); the rest are RUNNING
   * but wait their turn, in start order. On AWS a burst of uploads fans out over many Lambdas;
   * in one local process it would starve the API of its only event loop and database.
   */
  maxConcurrentRuns?: Record<string, number>;
}

export interface LocalExecutor {
  stateMachineArn(name: string): string;
  /** Starts in the background. Same name twice: see `StartExecutionResult.alreadyExisted`. */
  start(stateMachine: string, executionName: string, input?: unknown): Promise<StartExecutionResult>;
  describe(executionArn: string): ExecutionDescription;
  /** Newest first, like ListExecutions. */
  list(stateMachine: string, filter?: { status?: ExecutionStatus }): ExecutionDescription[];
  /** Resolves once the execution has stopped, whatever its outcome; never rejects for a failed run. */
  waitFor(executionArn: string): Promise<ExecutionDescription>;
  history(executionArn: string): HistoryEvent[];
  stop(executionArn: string): Promise<ExecutionDescription>;
  /** Aborts every running execution and waits for them to settle. */
  stopAll(): Promise<void>;
}

interface ExecutionRecord {
  description: ExecutionDescription;
  inputJson: string;
  events: HistoryEvent[];
  done: Promise<void>;
  abort: () => void;
}

export function createLocalExecutor(options: LocalExecutorOptions): LocalExecutor {
  const machines = new Map<string, CompiledMachine>();
  for (const [name, definition] of Object.entries(options.definitions)) {
    machines.set(name, compileMachine(name, definition, options));
  }
  const executions = new Map<string, ExecutionRecord>();
  const slots = new Map<string, Slots>();
  const slotsFor = (machine: string): Slots | undefined => {
    const limit = options.maxConcurrentRuns?.[machine];
    if (limit === undefined) return undefined;
    let machineSlots = slots.get(machine);
    if (machineSlots === undefined) {
      machineSlots = new Slots(limit);
      slots.set(machine, machineSlots);
    }
    return machineSlots;
  };

  function machineFor(stateMachine: string): CompiledMachine {
    const machine = machines.get(stateMachineNameOf(stateMachine));
    if (machine === undefined) throw new StateMachineDoesNotExistError(stateMachine);
    return machine;
  }

  function recordFor(executionArn: string): ExecutionRecord {
    const record = executions.get(executionArn);
    if (record === undefined) throw new ExecutionDoesNotExistError(executionArn);
    return record;
  }

  function launch(machine: CompiledMachine, record: ExecutionRecord): Promise<void> {
    const { description } = record;
    const emit = (event: RunnerEvent) => {
      const entry = toHistoryEvent(description.executionArn, record.events.length + 1, event);
      record.events.push(entry);
      try {
        options.onEvent?.(entry);
      } catch {
        // A listener's bug must not stop the execution's bookkeeping.
      }
    };
    const run = machine.runner.run(description.input, {
      overrides: machine.overrides,
      context: {
        Execution: { Id: description.executionArn, Name: description.name, Input: description.input },
        StateMachine: { Id: description.stateMachineArn, Name: description.stateMachineName },
      },
    });
    record.abort = run.abort;
    const drained = (async () => {
      for await (const event of run.eventLogs) emit(event);
    })();
    const settled = run.result.then(
      (output) => settle(description, { status: "SUCCEEDED", output }),
      (error: unknown) => settle(description, outcomeOf(error)),
    );
    return Promise.all([settled, drained]).then(() => undefined);
  }

  return {
    stateMachineArn: (name) => machineFor(name).arn,

    async start(stateMachine, executionName, input = {}) {
      const machine = machineFor(stateMachine);
      assertValidExecutionName(executionName);
      const inputJson = jsonOf(input);
      const executionArn = localExecutionArn(machine.name, executionName);
      const existing = executions.get(executionArn);
      if (existing !== undefined) {
        const { status, startDate } = existing.description;
        if (status === "RUNNING" && existing.inputJson === inputJson) {
          return { executionArn, startDate, alreadyExisted: true };
        }
        throw new ExecutionAlreadyExistsError(executionArn);
      }
      const startDate = new Date();
      const description: ExecutionDescription = {
        executionArn,
        stateMachineArn: machine.arn,
        stateMachineName: machine.name,
        name: executionName,
        status: "RUNNING",
        input: JSON.parse(inputJson) as JsonValue,
        startDate,
      };
      let abortRequested = false;
      const record: ExecutionRecord = {
        description,
        inputJson,
        events: [],
        done: Promise.resolve(),
        abort: () => {
          abortRequested = true;
        },
      };
      executions.set(executionArn, record);
      // Run on a later turn (the caller gets its ARN before any task code runs, as with AWS),
      // once the state machine has a free slot.
      const machineSlots = slotsFor(machine.name);
      record.done = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => machineSlots?.take())
        .then(async () => {
          try {
            if (abortRequested) return settle(description, { status: "ABORTED" });
            return await launch(machine, record);
          } finally {
            machineSlots?.give();
          }
        });
      return { executionArn, startDate, alreadyExisted: false };
    },

    describe: (executionArn) => snapshot(recordFor(executionArn).description),

    list(stateMachine, filter = {}) {
      const { name } = machineFor(stateMachine);
      return [...executions.values()]
        .map((r) => r.description)
        .filter(
          (d) => d.stateMachineName === name && (filter.status === undefined || d.status === filter.status),
        )
        .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())
        .map(snapshot);
    },

    async waitFor(executionArn) {
      const record = recordFor(executionArn);
      await record.done;
      return snapshot(record.description);
    },

    history: (executionArn) => recordFor(executionArn).events.map((e) => ({ ...e })),

    async stop(executionArn) {
      const record = recordFor(executionArn);
      if (record.description.status === "RUNNING") record.abort();
      await record.done;
      return snapshot(record.description);
    },

    async stopAll() {
      const running = [...executions.values()].filter((r) => r.description.status === "RUNNING");
      for (const record of running) record.abort();
      await Promise.all(running.map((r) => r.done));
    },
  };
}

type Outcome = Pick<ExecutionDescription, "status" | "output" | "error" | "cause">;

function settle(description: ExecutionDescription, outcome: Outcome): void {
  if (description.status !== "RUNNING") return;
  Object.assign(description, outcome, { stopDate: new Date() });
}

function outcomeOf(error: unknown): Outcome {
  if (error instanceof ExecutionAbortedError) return { status: "ABORTED" };
  if (error instanceof ExecutionTimeoutError) {
    return {
      status: "TIMED_OUT",
      error: "States.Timeout",
      cause: "The execution ran past its TimeoutSeconds",
    };
  }
  const failure = error instanceof ExecutionError ? error.cause : error;
  if (failure instanceof Error) return { status: "FAILED", error: failure.name, cause: failure.message };
  return { status: "FAILED", error: "Error", cause: causeText(failure) };
}

function jsonOf(input: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch (error) {
    throw new InvalidExecutionInputError("not serializable to JSON", { cause: error });
  }
  if (json === undefined) throw new InvalidExecutionInputError("not a JSON value");
  return json;
}

function snapshot(description: ExecutionDescription): ExecutionDescription {
  return structuredClone(description);
}

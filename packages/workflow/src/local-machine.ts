import { type RunOptions, StateMachine } from "aws-local-stepfunctions";
import type { JsonValue, State, StateMachineDefinition } from "./asl";
import { localStateMachineArn } from "./local-arn";

/** A local stand-in for a Lambda: gets the task's input, returns its result (JSON). */
export type TaskHandler = (input: unknown) => Promise<unknown>;

type Overrides = NonNullable<RunOptions["overrides"]>;
type LocalHandler = (input: JsonValue) => Promise<JsonValue>;

export interface CompiledMachine {
  name: string;
  arn: string;
  runner: StateMachine;
  overrides: Overrides;
}

interface CompileOptions {
  taskHandlers: Record<string, TaskHandler>;
  waitTimeOverrideMs?: number;
  retryIntervalOverrideMs?: number;
}

/**
 * Builds the runner for one definition. The runner resolves overrides by state name, ours are
 * by Lambda ARN (as in the deployed definition), so each Task state is mapped through its
 * `Resource`. A Task without a local handler is an error now rather than a call to real AWS.
 */
export function compileMachine(
  name: string,
  definition: StateMachineDefinition,
  options: CompileOptions,
): CompiledMachine {
  const taskResourceLocalHandlers: Record<string, LocalHandler> = {};
  const waitTimeOverrides: Record<string, number> = {};
  const retryIntervalOverrides: Record<string, number> = {};
  // The runner looks overrides up by state name inside Map iterations too: flatten them.
  for (const [stateName, state] of allStates(definition.States)) {
    if (state.Type === "Task") {
      const handler = options.taskHandlers[state.Resource];
      if (handler === undefined) {
        throw new Error(`No local handler for task "${stateName}" of ${name} (Resource ${state.Resource})`);
      }
      taskResourceLocalHandlers[stateName] = asLambda(handler);
      if (state.Retry !== undefined && options.retryIntervalOverrideMs !== undefined) {
        retryIntervalOverrides[stateName] = options.retryIntervalOverrideMs;
      }
    }
    if (state.Type === "Wait" && options.waitTimeOverrideMs !== undefined) {
      waitTimeOverrides[stateName] = options.waitTimeOverrideMs;
    }
  }
  return {
    name,
    arn: localStateMachineArn(name),
    // The runner validates the definition (schema, JSONPaths, ARNs) here, at startup.
    runner: new StateMachine(definition),
    overrides: { taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides },
  };
}

/** Every state of a definition, those inside Map iterations included (names are unique in ASL). */
function* allStates(states: Record<string, State>): Generator<[string, State]> {
  for (const entry of Object.entries(states)) {
    yield entry;
    if (entry[1].Type === "Map") yield* allStates(entry[1].ItemProcessor.States);
  }
}

/**
 * Gives a handler Lambda's contract: JSON in, JSON out (`undefined` becomes `null`), and a
 * thrown value is always an Error whose `name` is the error type Retry/Catch match on.
 */
function asLambda(handler: TaskHandler): LocalHandler {
  return async (input) => {
    let result: unknown;
    try {
      result = await handler(structuredClone(input));
    } catch (error) {
      if (error instanceof Error) throw error;
      throw new Error(typeof error === "string" ? error : JSON.stringify(error));
    }
    return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as JsonValue);
  };
}

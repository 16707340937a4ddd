/**
 * The subset of the Amazon States Language (JSONPath query language) our definitions use.
 * Kept here, not imported from the local runner, so that importing a definition never pulls
 * the runner into a Lambda bundle or the SST program.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: "FULL" | "NONE";
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string;
}

/** A non-terminal state either names its successor or ends the execution, never both. */
export type Transition = { Next: string; End?: never } | { End: true; Next?: never };

interface PathFields {
  Comment?: string;
  InputPath?: string;
  OutputPath?: string;
}

export type TaskState = Transition &
  PathFields & {
    Type: "Task";
    /** A Lambda function ARN: the task's input is the payload, its output the function's result. */
    Resource: string;
    Parameters?: { [key: string]: JsonValue };
    ResultSelector?: { [key: string]: JsonValue };
    ResultPath?: string | null;
    TimeoutSeconds?: number;
    Retry?: Retrier[];
    Catch?: Catcher[];
  };

export type PassState = Transition &
  PathFields & {
    Type: "Pass";
    Result?: JsonValue;
    Parameters?: { [key: string]: JsonValue };
    ResultPath?: string | null;
  };

export type WaitState = Transition &
  PathFields & {
    Type: "Wait";
    Seconds?: number;
    SecondsPath?: string;
    Timestamp?: string;
    TimestampPath?: string;
  };

export interface SucceedState extends PathFields {
  Type: "Succeed";
}

export interface FailState {
  Type: "Fail";
  Comment?: string;
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

/** One rule of a Choice state (the comparison operators our definitions use). */
export interface ChoiceRule {
  Variable: string;
  BooleanEquals?: boolean;
  StringEquals?: string;
  IsPresent?: boolean;
  NumericGreaterThan?: number;
  Next: string;
}

export interface ChoiceState extends PathFields {
  Type: "Choice";
  Choices: ChoiceRule[];
  Default?: string;
}

/** The states inside a Map's iterations: a state machine of their own (no QueryLanguage). */
export interface ItemProcessor {
  ProcessorConfig?: { Mode: "INLINE" };
  StartAt: string;
  States: Record<string, State>;
}

/** Runs `ItemProcessor` once per item of `ItemsPath` (inline mode), at most MaxConcurrency at a time. */
export type MapState = Transition &
  PathFields & {
    Type: "Map";
    ItemsPath?: string;
    /** Builds each iteration's input (`$$.Map.Item.Value` is the item). */
    ItemSelector?: { [key: string]: JsonValue };
    ItemProcessor: ItemProcessor;
    /** 0 means no limit. */
    MaxConcurrency?: number;
    ResultSelector?: { [key: string]: JsonValue };
    ResultPath?: string | null;
    Retry?: Retrier[];
    Catch?: Catcher[];
  };

export type State = TaskState | PassState | WaitState | ChoiceState | SucceedState | FailState | MapState;

export interface StateMachineDefinition {
  Comment?: string;
  /** JSONata is not run by the local runner, so every definition stays on JSONPath. */
  QueryLanguage: "JSONPath";
  StartAt: string;
  States: Record<string, State>;
  TimeoutSeconds?: number;
}

/** Step Functions workflow type, set on the state machine resource (not part of the ASL JSON). */
export type WorkflowType = "STANDARD" | "EXPRESS";

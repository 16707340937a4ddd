/// <reference path="./asl-validator.d.ts" />
import aslValidator from "asl-validator";
import type { State, StateMachineDefinition } from "./asl";

/**
 * Checks a definition the way deploys and tests need: the ASL schema (asl-validator, which
 * also checks JSONPaths and ARNs) plus our own rule that every transition names a real state
 * and every state is reachable. Returns readable problems; empty means valid.
 */
export function validateDefinition(definition: StateMachineDefinition): string[] {
  // asl-validator writes defaults into the object it checks: give it a copy.
  const result = aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });
  const problems = result.errors.map((e) => `${e["Error code"]}: ${e.Message}`);
  return [...problems, ...transitionProblems(definition)];
}

/** Names a state hands over to: `Next` and every `Catch[].Next`. */
export function transitionsOf(state: State): string[] {
  const targets: string[] = [];
  if ("Next" in state && typeof state.Next === "string") targets.push(state.Next);
  if (state.Type === "Task" || state.Type === "Map") for (const c of state.Catch ?? []) targets.push(c.Next);
  if (state.Type === "Choice") {
    for (const rule of state.Choices) targets.push(rule.Next);
    if (state.Default) targets.push(state.Default);
  }
  return targets;
}

/** Checks a machine's transitions, then each Map's inner machine on its own (they cannot cross). */
function transitionProblems(
  definition: Pick<StateMachineDefinition, "StartAt" | "States">,
  where = "",
): string[] {
  const names = new Set(Object.keys(definition.States));
  const problems: string[] = [];
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === "Map") problems.push(...transitionProblems(state.ItemProcessor, `${where}${name} › `));
  }
  if (!names.has(definition.StartAt))
    problems.push(`${where}StartAt names a missing state "${definition.StartAt}"`);
  const reached = new Set<string>();
  const queue = [definition.StartAt];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const state = definition.States[name];
    if (state === undefined || reached.has(name)) continue;
    reached.add(name);
    for (const target of transitionsOf(state)) {
      if (!names.has(target)) problems.push(`${where}State "${name}" goes to a missing state "${target}"`);
      queue.push(target);
    }
  }
  for (const name of names) if (!reached.has(name)) problems.push(`${where}State "${name}" is unreachable`);
  return problems;
}

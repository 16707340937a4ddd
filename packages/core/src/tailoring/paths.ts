import { bundledRules, type TailoringRules } from "../codex/rules";
import type { RejectionCode, TailorEditKind } from "./resume-tailor-v1";

/** A path of the card, cut into keys and indexes: "work_experience[2].bullets[1]". */
export interface PathStep {
  key: string;
  index: number | null;
}

const STEP = /^([a-z_][a-z0-9_]*)(?:\[(\d{1,4})\])?$/;

/** The steps of a path, or null when it is not a path of the card's shape. */
export function parsePath(path: string): PathStep[] | null {
  if (path.length === 0 || path.length > 120) return null;
  const steps: PathStep[] = [];
  for (const part of path.split(".")) {
    const m = STEP.exec(part);
    if (m === null || m[1] === undefined) return null;
    steps.push({ key: m[1], index: m[2] === undefined ? null : Number(m[2]) });
  }
  return steps;
}

/** "work_experience[2].bullets[1]" → "work_experience[].bullets[]". */
export function pathPattern(steps: readonly PathStep[]): string {
  return steps.map((s) => (s.index === null ? s.key : `${s.key}[]`)).join(".");
}

export type PathVerdict =
  | { allowed: true; what: string }
  | { allowed: false; code: RejectionCode; reason: string };

/** Whether the rules let an edit of this kind touch this path; the reason names what is protected. */
export function checkPath(
  path: string,
  kind: TailorEditKind,
  rules: TailoringRules = bundledRules.tailoring,
): PathVerdict {
  const steps = parsePath(path);
  if (steps === null) {
    return { allowed: false, code: "unknown_path", reason: `"${path}" is not a path of the CV card` };
  }
  const pattern = pathPattern(steps);
  const allow = rules.allow.find((a) => a.path === pattern);
  if (allow !== undefined) {
    if (allow.kinds.includes(kind)) return { allowed: true, what: allow.what };
    return {
      allowed: false,
      code: kind === "hide" ? "hide_not_allowed" : "blocked_path",
      reason: `${allow.what} may only be changed by ${allow.kinds.join(" or ")}, not ${kind}`,
    };
  }
  const block = rules.block.find(
    (b) => pattern === b.path || pattern.startsWith(`${b.path}.`) || pattern.startsWith(`${b.path}[`),
  );
  const what = block?.what ?? pattern;
  return { allowed: false, code: "blocked_path", reason: `Tailoring never changes ${what} (${path})` };
}

type Container = Record<string, unknown> | unknown[];

/** The value at a path of a (JSON) object, or undefined when a step is missing. */
export function valueAt(root: unknown, steps: readonly PathStep[]): unknown {
  let node: unknown = root;
  for (const step of steps) {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[step.key];
    if (step.index !== null) {
      if (!Array.isArray(node) || step.index >= node.length) return undefined;
      node = node[step.index];
    }
  }
  return node;
}

/** Sets the value at a path whose parent exists (an allowed field may be absent, e.g. no summary). */
export function setValueAt(root: unknown, steps: readonly PathStep[], value: unknown): boolean {
  const last = steps.at(-1);
  if (last === undefined) return false;
  const parent = valueAt(root, steps.slice(0, -1)) as Container | undefined;
  if (typeof parent !== "object" || parent === null || Array.isArray(parent)) return false;
  const record = parent as Record<string, unknown>;
  if (last.index === null) {
    record[last.key] = value;
    return true;
  }
  const list = record[last.key];
  if (!Array.isArray(list) || last.index >= list.length) return false;
  list[last.index] = value;
  return true;
}

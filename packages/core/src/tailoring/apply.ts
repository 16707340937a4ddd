import { bundledRules, type TailoringRules } from "../codex/rules";
import type { ResumeCardV1 } from "../resume/resume-card-v1";
import type { Normalizer } from "../taxonomy/normalizer";
import { checkText, type SourceFacts } from "./facts";
import { checkPath, type PathStep, parsePath, setValueAt, valueAt } from "./paths";
import type { ProposedEdit } from "./proposal";
import type { EditValue, RejectedEdit, RejectionCode, TailorChange } from "./resume-tailor-v1";

/**
 * Applies proposed edits to a copy of the source card, one by one: an edit the rules do not
 * allow, or whose text states a fact the source does not, is refused with the reason; the rest
 * land in the change log. Paths and reorder indexes address the SOURCE card, so rewrites apply
 * first and orders last, whatever order the provider listed them in.
 */

const MAX_TEXT = { "personal_info.headline": 200, summary: 2000 } as Record<string, number>;
const MAX_OTHER_TEXT = 1000;

export interface Applied {
  card: ResumeCardV1;
  changes: TailorChange[];
  rejected: RejectedEdit[];
}

interface Context {
  source: ResumeCardV1;
  facts: SourceFacts;
  normalizer: Normalizer;
  rules: TailoringRules;
}

/** How a list item reads in the change log. */
function label(item: unknown): string {
  if (typeof item === "string") return item;
  const named = item as { name?: unknown } | null;
  return typeof named?.name === "string" ? named.name : JSON.stringify(item);
}

function afterOf(edit: ProposedEdit): EditValue {
  if (edit.kind === "reorder") return edit.order?.map(String) ?? null;
  return edit.kind === "hide" ? null : edit.text;
}

export function applyEdits(
  source: ResumeCardV1,
  edits: readonly ProposedEdit[],
  ctx: Omit<Context, "source" | "rules"> & { rules?: TailoringRules },
): Applied {
  const context: Context = { ...ctx, source, rules: ctx.rules ?? bundledRules.tailoring };
  const card = structuredClone(source);
  const changes: TailorChange[] = [];
  const rejected: RejectedEdit[] = [];
  const orders = new Map<string, { steps: PathStep[]; order: number[]; edit: ProposedEdit }>();
  const hidden = new Set<number>();
  const touched = new Set<string>();
  const reject = (edit: ProposedEdit, code: RejectionCode, reason: string) =>
    rejected.push({ path: edit.path, kind: edit.kind, after: afterOf(edit), code, reason });

  const ordered = [...edits].sort((a, b) => rank(a) - rank(b));
  for (const edit of ordered) {
    const verdict = checkPath(edit.path, edit.kind, context.rules);
    if (!verdict.allowed) {
      reject(edit, verdict.code, verdict.reason);
      continue;
    }
    if (touched.has(edit.path)) {
      reject(edit, "invalid_value", `${edit.path} was already edited by an earlier edit`);
      continue;
    }
    const steps = parsePath(edit.path) as PathStep[];
    const before = valueAt(source, steps);
    // A field may be absent (no summary yet); a list item must exist.
    const parent = steps.length === 1 ? source : valueAt(source, steps.slice(0, -1));
    const exists =
      steps.at(-1)?.index == null ? typeof parent === "object" && parent !== null : before !== undefined;
    if (!exists) {
      reject(edit, "unknown_path", `The CV has nothing at ${edit.path}`);
      continue;
    }
    const base = {
      path: edit.path,
      kind: edit.kind,
      reason: edit.reason || verdict.what,
      requirement: edit.requirement,
    };
    if (edit.kind === "reorder") {
      if (!Array.isArray(before)) {
        reject(edit, "invalid_value", `${edit.path} is not a list`);
        continue;
      }
      const list: unknown[] = before;
      const order = edit.order ?? [];
      const permutation =
        order.length === list.length &&
        new Set(order).size === list.length &&
        order.every((i) => Number.isInteger(i) && i >= 0 && i < list.length);
      if (!permutation) {
        reject(
          edit,
          "reorder_changes_items",
          `A new order must list each of the ${list.length} items of ${edit.path} exactly once`,
        );
        continue;
      }
      if (order.every((v, i) => v === i)) continue;
      touched.add(edit.path);
      orders.set(edit.path, { steps, order, edit });
      continue;
    }
    if (edit.kind === "hide") {
      touched.add(edit.path);
      hidden.add(steps.at(-1)?.index ?? -1);
      changes.push({ ...base, before: label(before), after: null });
      continue;
    }
    const text = edit.text?.trim() ?? "";
    const max = MAX_TEXT[edit.path] ?? MAX_OTHER_TEXT;
    if (text === "" || text.length > max) {
      reject(edit, "invalid_value", `${edit.path} needs a text of 1 to ${max} characters`);
      continue;
    }
    if (text === before) continue;
    if (edit.kind === "rename") {
      const skill = valueAt(source, steps.slice(0, -1)) as ResumeCardV1["skills"][number];
      const canonical = context.normalizer.canonicalSkill(text);
      if (!skill.id || canonical?.id !== skill.id) {
        reject(edit, "new_skill", `"${text}" is not another name of "${skill.name}" in the taxonomy`);
        continue;
      }
    } else {
      const { violation } = checkText(text, context.facts, context.normalizer, context.rules);
      if (violation) {
        reject(edit, violation.code, `${edit.path} ${violation.reason}`);
        continue;
      }
    }
    touched.add(edit.path);
    setValueAt(card, steps, text);
    changes.push({ ...base, before: typeof before === "string" ? before : null, after: text });
  }

  const logOrder = (edit: ProposedEdit, before: unknown[], after: unknown[]) =>
    changes.push({
      path: edit.path,
      kind: "reorder",
      before: before.map(label),
      after: after.map(label),
      reason: edit.reason || "Most relevant first",
      requirement: edit.requirement,
    });
  for (const [path, { steps, order, edit }] of orders) {
    if (path === "projects") continue;
    const current = valueAt(card, steps) as unknown[];
    const next = order.map((i) => current[i]);
    setValueAt(card, steps, next);
    logOrder(edit, current, next);
  }
  const projects = card.projects;
  const projectOrder = orders.get("projects");
  if (projects && (hidden.size > 0 || projectOrder)) {
    const order = projectOrder?.order ?? projects.map((_, i) => i);
    const next = order.filter((i) => !hidden.has(i)).flatMap((i) => projects.slice(i, i + 1));
    if (projectOrder) logOrder(projectOrder.edit, projects, next);
    card.projects = next;
  }
  return { card, changes, rejected };
}

/** Rewrites and renames first (source indexes), then hides, then orders. */
function rank(edit: ProposedEdit): number {
  return edit.kind === "reorder" ? 2 : edit.kind === "hide" ? 1 : 0;
}

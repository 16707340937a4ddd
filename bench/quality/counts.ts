/** True/false positive counts for one field, and the precision/recall/F1 they give. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Counts, from: Counts): Counts {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  return into;
}

/** An empty side counts as perfect, so a field nobody expected or predicted reads 1.0. */
export function score(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** One expected value against one predicted value; null means absent. */
export function single<T>(expected: T | null, predicted: T | null, same: (a: T, b: T) => boolean): Counts {
  if (expected === null) return { tp: 0, fp: predicted === null ? 0 : 1, fn: 0 };
  if (predicted === null) return { tp: 0, fp: 0, fn: 1 };
  return same(expected, predicted) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** Greedy one-to-one matching of two lists: each expected item takes the first unused match. */
export function matchSets<E, P>(expected: E[], predicted: P[], same: (e: E, p: P) => boolean): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const e of expected) {
    const at = predicted.findIndex((p, i) => !used.has(i) && same(e, p));
    if (at !== -1) {
      used.add(at);
      tp += 1;
    }
  }
  return { tp, fp: predicted.length - tp, fn: expected.length - tp };
}

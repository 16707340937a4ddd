import { defaultNormalizer } from "../taxonomy/normalizer";

const codes = new Map<string, number>();
const MAX_CODES = 100_000;

/**
 * A normalized title's ISCO-08 unit group as a number (2512), -1 when the taxonomy has none:
 * what step 1 compares titles through when their keys differ (categories.ts `occupationNearness`).
 */
export function occupationCode(titleKey: string): number {
  let code = codes.get(titleKey);
  if (code === undefined) {
    const group = defaultNormalizer().occupationOf(titleKey);
    code = group !== null && /^\d{4}$/.test(group) ? Number(group) : -1;
    if (codes.size >= MAX_CODES) codes.clear();
    codes.set(titleKey, code);
  }
  return code;
}

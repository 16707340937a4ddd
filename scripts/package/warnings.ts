import type { Message } from "esbuild";

/*
 * esbuild warnings count as build errors unless listed here with the reason they cannot break
 * the function at run time. Most of esbuild's warnings (an import that resolves to nothing, a
 * `require` of something it could not bundle, a comparison that is always false) are
 * exactly the bugs the artifact tier exists to catch.
 */
interface Allowed {
  /** esbuild's message id (`warning.id`). */
  id: string;
  /** A source path fragment the warning must come from. */
  from: string;
  why: string;
}

const allowed: readonly Allowed[] = [];

export function harmlessWarning(warning: Message): boolean {
  const file = warning.location?.file ?? "";
  return allowed.some((a) => a.id === warning.id && file.includes(a.from));
}

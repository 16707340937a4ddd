import type { Db } from "../database-types";

/** A storage function: the database first, then the tenant and the rest of its arguments. */
// `never[]`: every parameter list is assignable to it; Bound<F> keeps each function's own types.
type DbFunction = (db: Db, ...args: never[]) => unknown;

/** The same functions with the database bound: what the Storage object exposes. */
export type Bound<F extends Record<string, DbFunction>> = {
  [K in keyof F]: F[K] extends (db: Db, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/**
 * Binds a noun's plain functions to one database. Every noun module is written as functions of
 * `(db, tenantId, …)`; the Storage object is these bound sets put side by side.
 */
export function bindDb<F extends Record<string, DbFunction>>(db: Db, functions: F): Bound<F> {
  const bound: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, fn] of Object.entries(functions)) bound[name] = (...args) => fn(db, ...(args as never[]));
  return bound as Bound<F>;
}

import type { Db } from "../database-types";
import { assertSchemaCurrent } from "../schema-version";

/** Readiness (issue 13): the database answers and its schema is the one this code needs. */
export interface HealthStorage {
  /** Throws when the database does not answer, or is not migrated up to this code (storage.schema_outdated). */
  checkDatabase(): Promise<void>;
}

export function healthStorage(db: Db): HealthStorage {
  return { checkDatabase: () => assertSchemaCurrent(db) };
}

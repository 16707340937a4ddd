import { runtimeDataPath } from "@futodama/core";

/**
 * The committed migrations: `migrations/` in the Migrator's package (stacks/functions.ts ships
 * it there), or next to this package's source in the repository.
 */
export function migrationsFolder(): string {
  return runtimeDataPath("migrations", new URL("../migrations", import.meta.url));
}

import { InternalError } from "@futodama/core";
import { createNeonStorage } from "@futodama/storage/neon";
import type { Capability } from "../deps";

/**
 * The database over the Neon driver: what deployed functions use. PGlite is the local
 * runtime's, which opens it itself (createServiceDeps) and hands it to the handlers.
 */
export const storage: Capability = async ({ database }) => {
  if (database.driver === "pglite") {
    throw new InternalError(
      "config.invalid",
      "Invalid configuration:\n  DATABASE_DRIVER: pglite runs only inside the local runtime (pnpm start); a function uses neon or postgres",
    );
  }
  return { storage: await createNeonStorage(database) };
};

import { type EnvironmentSources, functionArgs } from "./env";
import { migratorFunction } from "./functions";

/**
 * Migrations run once per deploy, not at cold start: the Migrator function applies the committed
 * SQL migrations (shipped in its package), and the deployment invokes it. Every other function
 * checks at cold start that the schema is the one its code was built for, and fails clearly if not.
 */
export function createMigrator(sources: EnvironmentSources) {
  const migrator = new sst.aws.Function(migratorFunction.name, functionArgs(migratorFunction, sources));
  const invocation = new aws.lambda.Invocation("MigrateOnDeploy", {
    functionName: migrator.name,
    input: $jsonStringify({ reason: "deploy", stage: $app.stage }),
    // A new value on every deploy: the invocation runs again each time (a no-op when up to date).
    triggers: { deployedAt: new Date().toISOString() },
  });
  return { migrator, invocation };
}

export type Migrator = ReturnType<typeof createMigrator>;

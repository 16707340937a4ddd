import { afterAll, beforeAll, describe } from "vitest";
import { createStorage, type Storage } from "../src/index";
import { analyticsSuite } from "./suites/analytics";
import { auditSuite } from "./suites/audit";
import { batchSuite } from "./suites/batches";
import { documentSuite } from "./suites/documents";
import { editingSuite } from "./suites/editing";
import { embeddingSuite } from "./suites/embeddings";
import { isolationSuite } from "./suites/isolation";
import { listCacheSuite } from "./suites/list-cache";
import { listSearchSuite, recordCountSuite } from "./suites/list-search";
import { listingSuite } from "./suites/listing";
import { matchingSuite } from "./suites/matching";
import { migrationSuite } from "./suites/migrations";
import { rateLimitSuite } from "./suites/rate-limits";
import { recoverySuite } from "./suites/recovery";
import { tailoringSuite } from "./suites/tailoring";
import { webhookSuite } from "./suites/webhooks";
import { type DriverTarget, pgliteMemory, postgresViaNeon, type SuiteContext } from "./support/drivers";

// One suite, two drivers: whatever passes on embedded PGlite must pass on real PostgreSQL
// reached the way Lambda reaches Neon (WebSocket Pool), and the other way round.
describe.each([pgliteMemory, postgresViaNeon])("storage on $name", (driver) => {
  let target: DriverTarget | undefined;
  let storage: Storage | undefined;
  const ctx = (): SuiteContext => {
    if (!target || !storage) throw new Error("driver not started");
    return { storage, target };
  };

  beforeAll(async () => {
    target = await driver.start();
    storage = await createStorage(target.config);
  });

  afterAll(async () => {
    await storage?.close();
    await target?.teardown();
  });

  migrationSuite(ctx);
  isolationSuite(ctx);
  auditSuite(ctx);
  documentSuite(ctx);
  editingSuite(ctx);
  listingSuite(ctx);
  listSearchSuite(ctx);
  listCacheSuite(ctx);
  recordCountSuite(ctx);
  matchingSuite(ctx);
  tailoringSuite(ctx);
  recoverySuite(ctx);
  webhookSuite(ctx);
  batchSuite(ctx);
  analyticsSuite(ctx);
  rateLimitSuite(ctx);
  embeddingSuite(ctx);
});

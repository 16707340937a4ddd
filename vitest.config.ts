import { defineConfig } from "vitest/config";

// Three tiers (STYLE.md §7): unit tests need nothing; integration tests start real
// PGlite/PostgreSQL/fauxqs/HTTP servers themselves; e2e drives the local runtime. The artifact
// tier drives the same product through the deployment artifacts (`pnpm package`), each
// invocation a fresh Node process confined to its function's own files.
export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "stacks/test/**/*.test.ts", "test/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/test/**/*.int.test.ts", "test/**/*.int.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/**/*.e2e.test.ts"],
          // The CLI runs from its bundle, as `pnpm futodama` does: built once, before the tests.
          globalSetup: ["test/support/build-cli.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "artifact",
          include: ["test/artifacts/**/*.artifact.test.ts"],
          globalSetup: ["test/artifacts/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});

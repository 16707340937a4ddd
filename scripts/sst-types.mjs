// SST's platform types (.sst/platform) are generated, not committed. `sst install` fetches
// them from the npm registry once (no AWS account needed); later runs reuse them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
if (!existsSync(`${root}.sst/platform/config.d.ts`)) {
  console.log("sst install: generating .sst/platform types (first run only)…");
  const result = spawnSync("sst", ["install", "--stage", "ci"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      // pnpm puts a relative node_modules/.bin on PATH; SST's Go CLI refuses that by default.
      GODEBUG: "execerrdot=0",
      SST_TELEMETRY_DISABLED: "1",
      SST_SKIP_DEPENDENCY_CHECK: "1",
      SST_NO_BUN: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

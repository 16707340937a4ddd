import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "./cli";

/** e2e global setup: build the CLI bundle once, before tests run it in parallel. */
export default function setup() {
  const out = spawnSync(join(root, "node_modules/.bin/node"), ["scripts/cli-build.mjs"], {
    cwd: root,
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`building the futodama CLI failed:\n${out.stderr}${out.stdout}`);
}

import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

/**
 * Runs the `futodama` command through the repository's `./futodama` launcher, which runs what
 * `pnpm futodama` runs: the bundled CLI (scripts/futodama.mjs, built by the e2e tier's global
 * setup), on the project's Node 24, offline (no OpenAI key). A time limit makes a command that
 * does not exit fail the test instead of hanging it.
 */
export function futodama(...args: string[]) {
  return futodamaWithEnv({}, ...args);
}

/** `futodama` with more environment (a taxonomy cache of the test's own, NODE_OPTIONS). */
export function futodamaWithEnv(env: Record<string, string>, ...args: string[]) {
  const out = spawnSync(join(root, "futodama"), args, {
    cwd: root,
    env: {
      ...process.env,
      PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
      OPENAI_API_KEY: "",
      ...env,
    },
    encoding: "utf8",
    timeout: 90_000,
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr, signal: out.signal };
}

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/*
 * The product as a newcomer runs it: the `start` script (README line 1 after install) in its own
 * process, and a token from the CLI. Shared by the end-to-end tests that drive it over HTTP.
 */
export const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "node_modules", ".bin");
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;

export interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** The environment of one served product: its own data folder, a free port, extra settings. */
export function serveEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dataDir = mkdtempSync(join(tmpdir(), "futodama-e2e-"));
  return {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    FUTODAMA_DATA_DIR: dataDir,
    PORT: "0",
    ...extra,
  };
}

export function start(env: NodeJS.ProcessEnv): Promise<Server> {
  // The start script's own command line (no shell in between, so Ctrl-C reaches it as in a
  // terminal), in its own process group.
  const [command, ...args] = scripts.start!.split(" ");
  const child = spawn(command!, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  return new Promise((resolvePromise, reject) => {
    // Generous: the first start after a source change builds the CLI bundle, slow on a loaded CI machine.
    const timer = setTimeout(() => reject(new Error(`no API URL after 150 s:\n${output}`)), 150_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API\s+(http:\/\/(?:localhost|127\.0\.0\.1):\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1], output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
}

export function stop(server: Server): Promise<number | string | null> {
  return new Promise((resolvePromise) => {
    // "close", not "exit": it waits for every process holding the output (the parse worker
    // thread's writes included) to be flushed, so the last lines it printed are all there.
    server.child.on("close", (code, signal) => resolvePromise(code ?? signal));
    process.kill(-(server.child.pid ?? 0), "SIGINT");
    // A clean stop says so and exits 0; a crash or a hang would not.
  });
}

export function cliToken(env: NodeJS.ProcessEnv, tenant: string, role: string): string {
  const out = spawnSync("sh", ["-c", `${scripts.futodama} token --tenant ${tenant} --role ${role}`], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`futodama token failed: ${out.stderr}`);
  return out.stdout.trim();
}

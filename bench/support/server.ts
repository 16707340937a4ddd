import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/*
 * The Node that runs this bench (the project's Node 24 under `pnpm bench:*`), not
 * node_modules/.bin/node: that is a shell wrapper, whose pid is not the server's (its RSS is the
 * shell's) and which does not pass SIGINT on, so the server never stopped.
 */
const node = process.execPath;

function env(root: string, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
    FUTODAMA_DATA_DIR: dataDir,
    OPENAI_API_KEY: "",
    LOG_LEVEL: "ERROR",
    // The load bench measures the server, not its rate limits (issue 13), which would refuse most of it.
    RATE_LIMITS: "off",
  };
}

/** `futodama serve` (the bundled CLI) in its own process, on a free loopback port. */
export function startServer(root: string, dataDir: string): Promise<Server> {
  const child: ChildProcess = spawn(node, ["scripts/futodama.mjs", "serve", "--port", "0"], {
    cwd: root,
    env: env(root, dataDir),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let stopping = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no API URL after 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API\s+(http:\/\/[\w.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          pid: child.pid ?? 0,
          stop: () =>
            new Promise((done) => {
              stopping = true;
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.on("close", () => done());
              child.kill("SIGINT");
            }),
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code, signal) => {
      reject(new Error(`serve exited with ${code}:\n${output}`));
      // After start: say why it ended (a bench would otherwise only see its connections refused).
      if (!stopping) process.stderr.write(`serve ended (${code ?? signal}):\n${output.slice(-4000)}\n`);
    });
  });
}

/** A CLI command's stdout (trimmed), with the same data directory as the server. */
export function runCli(root: string, dataDir: string, args: string[]): string {
  const out = spawnSync(node, ["scripts/futodama.mjs", ...args], {
    cwd: root,
    env: env(root, dataDir),
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`futodama ${args.join(" ")}: ${out.stderr}`);
  return out.stdout.trim();
}

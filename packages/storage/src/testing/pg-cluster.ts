import { execFile as execFileCallback } from "node:child_process";
import { chown, mkdtemp, realpath, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const execFile = promisify(execFileCallback);

export interface PgCluster {
  /** `postgres://<user>@127.0.0.1:<port>/<database>` (trust auth, no password). */
  url: string;
  host: string;
  port: number;
  user: string;
  database: string;
  /** Another empty database in the same cluster, for tests that want their own. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server immediately and deletes its data. */
  stop(): Promise<void>;
}

export interface PgClusterOptions {
  database?: string;
  /** OS user that owns and runs the cluster when we are root (PostgreSQL refuses root). */
  osUser?: string;
}

/**
 * A throwaway PostgreSQL cluster for integration tests: initdb into a temp dir, start on a free
 * loopback port with durability off (fsync etc.), create a database. About a second.
 */
export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const database = options.database ?? "futodama";
  const bin = await binDir();
  const asRoot = process.getuid?.() === 0;
  const osUser = asRoot ? (options.osUser ?? "postgres") : undefined;
  const user = "postgres";
  const run = (tool: string, args: string[]) =>
    osUser
      ? execFile("runuser", ["-u", osUser, "--", join(bin, tool), ...args])
      : execFile(join(bin, tool), args);

  const dir = await mkdtemp(join(tmpdir(), "futodama-pg-"));
  if (osUser) {
    const ids = await Promise.all([execFile("id", ["-u", osUser]), execFile("id", ["-g", osUser])]);
    await chown(dir, Number(ids[0].stdout.trim()), Number(ids[1].stdout.trim()));
  }
  const data = join(dir, "data");
  const port = await freePort();
  const host = "127.0.0.1";
  let started = false;
  const stop = async () => {
    if (started) await run("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-s"]).catch(() => undefined);
    started = false;
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await run("initdb", [
      "-D",
      data,
      "-U",
      user,
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    const serverOptions = [
      `-p ${port}`,
      `-k ${dir}`,
      `-c listen_addresses=${host}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
    ].join(" ");
    await run("pg_ctl", [
      "start",
      "-D",
      data,
      "-w",
      "-s",
      "-l",
      join(dir, "server.log"),
      "-o",
      serverOptions,
    ]);
    started = true;
    const createDatabase = async (name: string) => {
      await run("createdb", ["-h", host, "-p", String(port), "-U", user, name]);
      return `postgres://${user}@${host}:${port}/${name}`;
    };
    const url = await createDatabase(database);
    return { url, host, port, user, database, createDatabase, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The PostgreSQL server binaries, found through `initdb` on PATH (or the Debian layout). */
async function binDir(): Promise<string> {
  try {
    const { stdout } = await execFile("sh", ["-c", "command -v initdb"]);
    return dirname(await realpath(stdout.trim()));
  } catch {
    const { stdout } = await execFile("sh", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1"]);
    if (!stdout.trim()) throw new Error("PostgreSQL binaries (initdb, pg_ctl) not found on PATH");
    return stdout.trim();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The product as a newcomer drives it: the `start` script (README line 1 after install) in its
 * own process, a token from the CLI, real HTTP, Ctrl-C, and a restart that keeps the data.
 */
const root = resolve(import.meta.dirname, "..");
const bin = join(root, "node_modules", ".bin");
const dataDir = mkdtempSync(join(tmpdir(), "futodama-e2e-"));
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, FUTODAMA_DATA_DIR: dataDir, PORT: "0" };
const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(): Promise<Server> {
  // The start script's own command line (no shell in between, so Ctrl-C reaches it as in a
  // terminal), in its own process group.
  const [command, ...args] = scripts.start!.split(" ");
  const child = spawn(command!, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no API URL after 60 s:\n${output}`)), 60_000);
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

function stop(server: Server): Promise<number | string | null> {
  return new Promise((resolvePromise) => {
    // "close", not "exit": it waits for every process holding the output (tsx's child, the
    // server itself) to finish, so the last lines it printed are all there.
    server.child.on("close", (code, signal) => resolvePromise(code ?? signal));
    process.kill(-(server.child.pid ?? 0), "SIGINT");
    // A clean stop says so and exits 0; a crash or a hang would not.
  });
}

function cliToken(tenant: string, role: string): string {
  const out = spawnSync("sh", ["-c", `${scripts.futodama} token --tenant ${tenant} --role ${role}`], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.trim();
}

async function poll(url: string, token: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const body = (await (
      await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Record<string, unknown>;
    if (body.status === "parsed" || body.status === "failed") return body;
    if (Date.now() > deadline) throw new Error(`still ${String(body.status)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("quick start", () => {
  it("serves, ingests a CV and a job, stops on Ctrl-C and keeps the data across a restart", async () => {
    let server = await start();
    expect(server.output()).toMatch(/Docs\s+http:\/\/(?:localhost|127\.0\.0\.1):\d+\/api\/docs/);
    expect(server.output()).toMatch(/export TOKEN=ey/);
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: "ok" });

    const token = cliToken("e2e", "recruiter");
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const headers = { authorization: `Bearer ${token}` };
    const upload = async (domain: string, text: string, name: string) => {
      const form = new FormData();
      form.append("file", new Blob([text]), name);
      const res = await fetch(`${server.url}/api/${domain}/upload`, { method: "POST", headers, body: form });
      expect(res.status).toBe(202);
      return (await res.json()) as { id: string };
    };
    const cv = await upload(
      "resumes",
      "Eve Example\neve@example.com\n\nSummary\nPayroll specialist.",
      "eve.txt",
    );
    const job = await upload(
      "jobs",
      "Payroll Specialist\nAarhus (On-site)\n\nRequirements\n- Payroll",
      "job.md",
    );
    expect(await poll(`${server.url}/api/resumes/${cv.id}`, token)).toMatchObject({
      status: "parsed",
      title: "Eve Example",
    });
    expect(await poll(`${server.url}/api/jobs/${job.id}`, token)).toMatchObject({
      status: "parsed",
      title: "Payroll Specialist",
    });
    const docs = await fetch(`${server.url}/api/docs`);
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);

    // tsx (the start script's runner) re-raises the signal it relayed; the server inside exits 0.
    expect([0, "SIGINT"]).toContain(await stop(server));
    expect(server.output()).toContain("Stopped cleanly.");

    server = await start();
    const again = await fetch(`${server.url}/api/resumes/${cv.id}`, { headers });
    expect(await again.json()).toMatchObject({ id: cv.id, status: "parsed", title: "Eve Example" });
    expect([0, "SIGINT"]).toContain(await stop(server));
    expect(server.output()).toContain("Stopped cleanly.");
  });
});

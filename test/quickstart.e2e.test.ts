import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { serveEnv, start as startServer, stop, cliToken as token } from "./support/serve";

/*
 * The product as a newcomer drives it: the `start` script (README line 1 after install) in its
 * own process, a token from the CLI, real HTTP, Ctrl-C, and a restart that keeps the data.
 */
const env = serveEnv();
const dataDir = String(env.FUTODAMA_DATA_DIR);
const start = () => startServer(env);
const cliToken = (tenant: string, role: string) => token(env, tenant, role);

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

    // The start script is the bundled CLI itself (no runner between it and the signal): it stops
    // its work and exits 0.
    expect(await stop(server)).toBe(0);
    expect(server.output()).toContain("Stopped cleanly.");

    server = await start();
    const again = await fetch(`${server.url}/api/resumes/${cv.id}`, { headers });
    expect(await again.json()).toMatchObject({ id: cv.id, status: "parsed", title: "Eve Example" });
    expect(await stop(server)).toBe(0);
    expect(server.output()).toContain("Stopped cleanly.");
  });
});

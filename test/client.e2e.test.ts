import { rmSync } from "node:fs";
import { createFutodamaClient, type FutodamaClient, type Schema } from "@futodama/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliToken, type Server, serveEnv, start, stop } from "./support/serve";

/*
 * A frontend's path through the product, through the typed client generated from the OpenAPI
 * document (packages/client) against the served product: upload a CV, read it back, create a
 * job, rank candidates (step 1), tailor the CV to the job and export it.
 */
const env = serveEnv();
let server: Server;
let api: FutodamaClient;

beforeAll(async () => {
  server = await start(env);
  api = createFutodamaClient({ baseUrl: server.url, token: cliToken(env, "client-e2e", "recruiter") });
});
afterAll(async () => {
  if (server) await stop(server);
  rmSync(String(env.FUTODAMA_DATA_DIR), { recursive: true, force: true });
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not done after 60 s: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const settled = (status: Schema<"DocumentStatus"> | undefined) => status === "parsed" || status === "failed";

describe("the typed client against the served product", () => {
  it("uploads a CV, creates a job, ranks, tailors and exports", async () => {
    const form = new FormData();
    const cvText = "Ada Example\nada@example.com\n\nSkills\nTypeScript, PostgreSQL, AWS Lambda\n";
    form.append("file", new Blob([cvText]), "ada.txt");
    const upload = await api.POST("/api/resumes/upload", {
      body: { file: "ada.txt" },
      bodySerializer: () => form,
    });
    expect(upload.response.status).toBe(202);
    const resumeId = upload.data!.id;

    const resume = await until(
      async () => (await api.GET("/api/resumes/{id}", { params: { path: { id: resumeId } } })).data,
      (r) => settled(r?.status),
    );
    expect(resume).toMatchObject({ status: "parsed", title: "Ada Example", kind: "resume" });
    expect(resume?.card?.skills.map((s) => s.id)).toContain("sk_typescript");

    const created = await api.POST("/api/jobs", {
      body: { text: "Backend Engineer\nRemote\n\nRequirements\n- TypeScript\n- PostgreSQL" },
    });
    expect(created.response.status).toBe(202);
    const jobId = created.data!.id;
    const job = await until(
      async () => (await api.GET("/api/jobs/{id}", { params: { path: { id: jobId } } })).data,
      (j) => settled(j?.status),
    );
    expect(job?.card?.schema).toMatch(/job-card-v1|creative-job-v1/);

    const step1 = await api.POST("/api/jobs/{jobId}/match/step1", { params: { path: { jobId } } });
    expect(step1.error).toBeUndefined();
    expect(step1.data?.results.map((r) => r.resumeId)).toContain(resumeId);

    const tailoring = await api.POST("/api/tailor-resume", { body: { jobId, resumeId } });
    expect(tailoring.response.status).toBe(202);
    const done = await until(
      async () =>
        (await api.GET("/api/tailorings/{id}", { params: { path: { id: tailoring.data!.id } } })).data,
      (t) => t?.status === "done" || t?.status === "failed",
    );
    expect(done?.status).toBe("done");
    expect(done?.bundle?.verification.passed).toBe(true);

    const exported = await api.GET("/api/tailorings/{id}/export", {
      params: { path: { id: tailoring.data!.id }, query: { format: "md" } },
      parseAs: "text",
    });
    expect(exported.response.headers.get("content-type")).toMatch(/text\/markdown/);
    expect(exported.data).toContain("Ada Example");
  });

  it("types the error body: {error, code, details?}", async () => {
    const missing = await api.GET("/api/resumes/{id}", {
      params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.code).toBe("resume.not_found");
    const anonymous = createFutodamaClient({ baseUrl: server.url });
    const refused = await anonymous.GET("/api/codex");
    expect([refused.response.status, refused.error?.code]).toEqual([401, "auth.missing_token"]);
  });
});

/**
 * Step 2 end to end on the local runtime against the fake OpenAI server (issue 4, "Measured"):
 * 50 candidates, MaxConcurrency 10, a model that answers in ~MODEL_LATENCY_MS, and injected
 * 429/500s. Every candidate must finish (analysed, or counted failed with a reason), the
 * workflow's retries are counted, nothing is lost. Writes bench/results/match-step2.json.
 *
 *   pnpm exec tsx bench/match-step2.ts [--candidates 50] [--concurrency 10] [--failures 20]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type Recording, startFakeOpenAi } from "../packages/ai/src/testing/fake-openai";
import { signToken } from "../packages/functions/src/http/auth";
import { startLocalRuntime } from "../packages/local/src/runtime";

const { values } = parseArgs({
  options: {
    candidates: { type: "string", default: "50" },
    concurrency: { type: "string", default: "10" },
    failures: { type: "string", default: "20" },
    latency: { type: "string", default: "150" },
  },
});
const candidates = Number(values.candidates);
const concurrency = Number(values.concurrency);
const failures = Number(values.failures);
const latencyMs = Number(values.latency);

const skills = [
  "TypeScript",
  "Node.js",
  "PostgreSQL",
  "AWS Lambda",
  "Docker",
  "Kubernetes",
  "Go",
  "MySQL",
  "React",
];
const job = `Senior Backend Engineer\n\nNordlys Data ApS — Copenhagen, Denmark (hybrid)\n\nRequirements\n- 5+ years of experience with TypeScript and Node.js\n- Strong PostgreSQL skills\n- Experience with AWS (Lambda, S3)\n\nNice to have\n- Docker and Kubernetes\n`;
const cv = (i: number) => {
  const mine = skills.filter((_, k) => (i + k) % 3 !== 0).join(", ");
  return `Candidate ${i}\ncandidate${i}@example.com | Copenhagen, Denmark\n\nExperience\nBackend Engineer, Acme ApS — Jan ${2010 + (i % 12)} – Present\n- Built services with ${mine}.\n\nSkills\n${mine}\n\nLanguages\nEnglish (fluent)\n`;
};

const empty = (keys: string[], lists: string[]) =>
  Object.fromEntries([...keys.map((k) => [k, null]), ...lists.map((k) => [k, []])]);
const recordings: Recording[] = [
  {
    match: "Extract the candidate's name",
    answer: empty(
      ["name", "email", "phone", "location", "headline", "summary"],
      ["experience", "education", "skills", "languages", "certifications"],
    ),
  },
  {
    match: "Extract the job title",
    answer: empty(
      ["title", "company", "location", "work_mode", "employment_type", "years_required", "contact_email"],
      ["must_have", "nice_to_have", "language_requirements"],
    ),
  },
  {
    match: "<step1>",
    answer: {
      score: 70,
      confidence: 0.7,
      verdict: "good",
      summary: "Benchmark answer.",
      strengths: ["Backend services"],
      gaps: [],
      risks: [],
      evidence: [{ quote: "Backend Engineer, Acme ApS", supports: "title" }],
      interview_questions: ["Tell us about your last system."],
      injection_suspected: false,
      injection_notes: [],
    },
  },
];

const fake = await startFakeOpenAi(recordings, { latencyMs });
const runtime = await startLocalRuntime({
  port: 0,
  host: "127.0.0.1",
  dataDir: null,
  env: {
    LOG_LEVEL: "SILENT",
    OPENAI_API_KEY: "sk-bench",
    OPENAI_BASE_URL: fake.baseURL,
    MATCH_MAX_CONCURRENCY: String(concurrency),
  },
});
const token = await signToken({
  secret: runtime.jwtSecret,
  tenantId: "bench-step2",
  role: "recruiter",
  issuer: "futodama",
  audience: "futodama-api",
});

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${runtime.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await res.json()) as Record<string, unknown>;
}
async function settled(path: string, busy: string[]): Promise<Record<string, unknown>> {
  for (;;) {
    const body = await api("GET", path);
    if (!busy.includes(String(body.status))) return body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

try {
  const jobId = String((await api("POST", "/api/jobs", { text: job })).id);
  await settled(`/api/jobs/${jobId}`, ["queued", "processing"]);
  const ids = await Promise.all(
    Array.from({ length: candidates }, async (_, i) => {
      const form = new FormData();
      form.append("file", new Blob([cv(i)]), `cv-${i}.txt`);
      const res = await fetch(`${runtime.apiUrl}/api/resumes/upload`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      return String(((await res.json()) as { id: string }).id);
    }),
  );
  for (const id of ids) await settled(`/api/resumes/${id}`, ["queued", "processing"]);
  const step1 = await api("POST", `/api/jobs/${jobId}/match/step1`, { top: candidates });

  const requestsBefore = fake.requests.length;
  fake.resetPeak();
  fake.failNext(...Array.from({ length: failures }, (_, i) => (i % 2 === 0 ? 429 : 500)));
  const started = performance.now();
  const session = await api("POST", `/api/jobs/${jobId}/match/step2`, {
    sessionId: step1.id,
    top: candidates,
  });
  const done = await settled(`/api/match-sessions/${String(session.id)}?limit=500`, ["running", "queued"]);
  const wallMs = Math.round(performance.now() - started);

  const execution = runtime.executor.list("MatchDeepDive").find((x) => x.name === session.id);
  const history = runtime.executor.history(String(execution?.executionArn));
  const results = done.results as Array<{ analysis?: unknown; analysisError?: string }>;
  const report = {
    date: new Date().toISOString(),
    candidates,
    maxConcurrency: concurrency,
    modelLatencyMs: latencyMs,
    injectedFailures: failures,
    status: done.status,
    execution: execution?.status,
    progress: done.progress,
    analysed: results.filter((r) => r.analysis !== undefined).length,
    failed: results.filter((r) => r.analysisError !== undefined).length,
    lost: candidates - results.length,
    retries: history.filter((e) => e.type === "StateRetried").length,
    modelRequests: fake.requests.length - requestsBefore,
    peakConcurrentModelRequests: fake.peakInFlight,
    wallMs,
    perCandidateMs: Math.round(wallMs / candidates),
    localRetryIntervalMs: 200,
  };
  console.log(JSON.stringify(report, null, 2));
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(
    new URL("./results/match-step2.json", import.meta.url),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  if (report.lost !== 0 || report.analysed + report.failed !== candidates || done.status !== "done")
    process.exitCode = 1;
} finally {
  await runtime.stop();
  await fake.stop();
}

/**
 * Lists and reads at 100 concurrent clients with 10,000 CVs in the tenant (issue 10 item 8,
 * issue 11): `futodama serve` in its own process over a data directory seeded in bulk through
 * storage (real cards from the dotin corpus, varied), then autocannon on the list of 20 (plain,
 * searched, skill-filtered, sorted by name), on GET by id (a different CV each request), and on
 * step 1 of one job over all of them (top 20, the candidate index built once before).
 *
 *   pnpm bench:lists [--cvs=10000] [--seconds=20] [--clients=10,100]
 *
 * Results: bench/results/list-p99.json and the table in docs/benchmarks.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { replaceSection } from "./support/docs";
import { dotinTrain, seedParsedCvs } from "./support/seed-cvs";
import { runCli, startServer } from "./support/server";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const cvCount = Number(arg("cvs", "10000"));
const seconds = Number(arg("seconds", "20"));
const clientLevels = arg("clients", "10,100").split(",").map(Number);

const root = join(import.meta.dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "futodama-lists-"));
const tenant = "bench-lists";

interface Row {
  scenario: string;
  clients: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  load: number;
}

const seedStarted = performance.now();
const { ids, skillIds } = await seedParsedCvs(join(dataDir, "pglite"), tenant, cvCount, dotinTrain(root));
const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
console.log(`seeded ${ids.length} CVs in ${seedSeconds} s`);

const server = await startServer(root, dataDir);
try {
  const token = runCli(root, dataDir, ["token", "--tenant", tenant, "--role", "viewer"]);
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return bytes;
  };
  const skill = skillIds.includes("skill:javascript") ? "skill:javascript" : (skillIds[0] ?? "");
  const lists: [string, string][] = [
    ["list of 20", "/api/resumes?limit=20"],
    ["list of 20, q=java", "/api/resumes?limit=20&q=java"],
    [`list of 20, skill=${skill}`, `/api/resumes?limit=20&skill=${encodeURIComponent(skill)}`],
    ["list of 20, sort=title", "/api/resumes?limit=20&sort=title"],
  ];
  const pageBytes = {
    summaries: await get("/api/resumes?limit=20"),
    withCards: await get("/api/resumes?limit=20&include=card"),
  };
  for (const [, path] of lists) await get(path); // warm: JIT, PGlite's caches
  // Step 1 over every CV: a recruiter's job, parsed, and the tenant's index built by a first run.
  const recruiter = {
    authorization: `Bearer ${runCli(root, dataDir, ["token", "--tenant", tenant, "--role", "recruiter"])}`,
    "content-type": "application/json",
  };
  const step1 = await jobReadyForStep1(server.url, recruiter);
  /**
   * Requests autocannon gave up on (10 s) are still queued in the server: the next cell waits
   * until a read answers promptly again, so no cell is measured behind another's backlog.
   */
  const drained = async () => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const started = performance.now();
      await get("/api/resumes?limit=1");
      if (performance.now() - started < 200) return;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  };
  const rows: Row[] = [];
  let n = 0;
  for (const clients of clientLevels) {
    const cell = async (scenario: string, options: Omit<autocannon.Options, "connections" | "duration">) => {
      const result = await autocannon({ headers, ...options, connections: clients, duration: seconds });
      const row = {
        scenario,
        clients,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        load: Math.round(loadavg()[0]! * 100) / 100,
      };
      rows.push(row);
      console.log(row);
      await drained();
    };
    for (const [scenario, path] of lists) await cell(scenario, { url: `${server.url}${path}` });
    await cell("get by id", {
      url: server.url,
      requests: [{ setupRequest: (req) => ({ ...req, path: `/api/resumes/${ids[n++ % ids.length]}` }) }],
    });
    await cell("step 1 (top 20)", { url: step1, method: "POST", headers: recruiter, body: '{"top":20}' });
  }
  const results = { at: new Date().toISOString(), cvs: ids.length, seedSeconds, seconds, pageBytes, rows };
  writeFileSync(join(root, "bench/results/list-p99.json"), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `Local runtime (\`futodama serve\`, PGlite, loopback), ${ids.length.toLocaleString("en")} parsed CVs in the tenant (seeded through storage in ${seedSeconds} s), ${seconds} s per cell, this machine (2 cores); \`load\` is the 1-minute load average after the cell. A page of 20: ${pageBytes.summaries.toLocaleString("en")} bytes as summaries, ${pageBytes.withCards.toLocaleString("en")} bytes with \`include=card\`.`,
    "",
    "| scenario | clients | req/s | p50 ms | p99 ms | errors | non-2xx | load |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.clients} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.load} |`,
    ),
    "",
    "Targets: list of 20 p99 < 200 ms (issue 10) and get by id p99 < 100 ms (issue 11), at 100 clients.",
  ].join("\n");
  replaceSection(
    join(root, "docs/benchmarks.md"),
    "list-p99",
    table,
    "## Lists and reads at 100 clients, 10,000 CVs",
  );
  console.log(table);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

/** A job posted through the API, parsed, and one step 1 run (which builds the tenant's index); its step 1 URL. */
async function jobReadyForStep1(url: string, headers: Record<string, string>): Promise<string> {
  const text =
    "Senior Java Developer\n\nBackend engineer: Java, Spring Boot, SQL, Kubernetes, AWS. 5+ years. Copenhagen.";
  const posted = await fetch(`${url}/api/jobs`, { method: "POST", headers, body: JSON.stringify({ text }) });
  const { id } = (await posted.json()) as { id: string };
  for (const deadline = Date.now() + 120_000; ; ) {
    const { status } = (await (await fetch(`${url}/api/jobs/${id}`, { headers })).json()) as {
      status: string;
    };
    if (status === "parsed") break;
    if (status === "failed" || Date.now() > deadline) throw new Error(`the bench job ended ${status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const step1 = `${url}/api/jobs/${id}/match/step1`;
  const first = await fetch(step1, { method: "POST", headers, body: '{"top":20}' });
  if (first.status !== 200) throw new Error(`step 1: ${first.status} ${await first.text()}`);
  return step1;
}

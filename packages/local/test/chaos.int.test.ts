import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { signToken } from "@futodama/functions/auth";
import { afterAll, describe, expect, it } from "vitest";

/*
 * Issue 11 item 4: a bad day. The runtime runs as its own process on a data directory; 100 files
 * are dropped into the drops bucket and 50 are uploaded through the API at the same time; the
 * process is killed with SIGKILL mid-flight and started again. The clients then send what was
 * never acknowledged, as `futodama drop` run again or a client retrying would. Within a bounded
 * time every file must have exactly one record, parsed or failed with a reason; none stuck.
 */
const root = resolve(import.meta.dirname, "..", "..", "..");
const dataDir = mkdtempSync(join(tmpdir(), "futodama-chaos-"));
// Rate limits off (issue 13): 50 uploads at once from one token are past the upload bucket's
// burst, and this test is about crashes, not about clients that honour Retry-After.
const env = { ...process.env, FUTODAMA_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "ERROR", RATE_LIMITS: "off" };
const tenant = "chaos";
const drops = 100;
const uploads = 50;
/** Some drops are not documents at all: they must end `failed` with a reason, not stuck. */
const brokenEvery = 20;
const settleBoundMs = 90_000;

interface Runtime {
  child: ChildProcess;
  url: string;
  s3: S3Client;
  dropsBucket: string;
}

async function start(): Promise<Runtime> {
  // `pnpm futodama serve`: the bundled CLI (built the way the Lambdas are, rebuilt only when a
  // source changed) starts in seconds where tsx transpiled the workspace on each of the two starts.
  const child = spawn(join(root, "node_modules", ".bin", "node"), ["scripts/futodama.mjs", "serve"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: SIGKILL reaches the server and its threads, as a crash would.
    detached: true,
  });
  let output = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`no API URL after 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API\s+(http:\/\/(?:localhost|127\.0\.0\.1):\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  // Where the emulator is, with this start's own key (the emulator checks signatures).
  const state = JSON.parse(readFileSync(join(dataDir, "runtime.json"), "utf8")) as {
    region: string;
    s3Endpoint: string;
    buckets: { drops: string };
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  const s3 = new S3Client({
    region: state.region,
    endpoint: state.s3Endpoint,
    forcePathStyle: true,
    credentials: state.credentials,
    maxAttempts: 1,
  });
  return { child, url, s3, dropsBucket: state.buckets.drops };
}

function kill9(runtime: Runtime): Promise<void> {
  const { child } = runtime;
  // Already gone (a failed start, or the kill of the test itself): nothing to wait for.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveKilled) => {
    child.on("close", () => resolveKilled());
    try {
      process.kill(-(child.pid ?? 0), "SIGKILL");
    } catch {
      resolveKilled();
    }
  });
}

/** A distinct, plausible CV per file (generated: real CVs never go into the repository). */
function cvText(n: number, via: string): string {
  const first = ["Ada", "Bo", "Cai", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"][n % 10];
  return `${first} Chaos${via}${n}\n${first?.toLowerCase()}.${via}${n}@example.com\n\nExperience\nStaff nurse, Ward ${n} — 2015 – Present\n- Intensive care, shift ${n}.\n\nSkills\nTriage, Patient care\n`;
}

interface File {
  name: string;
  body: Uint8Array;
  via: "drop" | "api";
  broken: boolean;
  acknowledged: boolean;
  lastError?: string;
}

const files: File[] = [
  ...Array.from({ length: drops }, (_, n): File => {
    const broken = n % brokenEvery === 0;
    return {
      name: broken ? `drop-${n}.pdf` : `drop-${n}.txt`,
      body: broken
        ? new TextEncoder().encode(`%PDF-1.7\n${"\u0000garbage".repeat(20 + n)}`)
        : new TextEncoder().encode(cvText(n, "drop")),
      via: "drop",
      broken,
      acknowledged: false,
    };
  }),
  ...Array.from(
    { length: uploads },
    (_, n): File => ({
      name: `upload-${n}.txt`,
      body: new TextEncoder().encode(cvText(n, "api")),
      via: "api",
      broken: false,
      acknowledged: false,
    }),
  ),
];

async function send(runtime: Runtime, token: string, file: File): Promise<void> {
  if (file.via === "drop") {
    await runtime.s3.send(
      new PutObjectCommand({
        Bucket: runtime.dropsBucket,
        Key: `${tenant}/resumes/${file.name}`,
        Body: file.body,
      }),
    );
  } else {
    const form = new FormData();
    form.append("file", new Blob([file.body]), file.name);
    const res = await fetch(`${runtime.url}/api/resumes/upload`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (res.status !== 202 && res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  }
  file.acknowledged = true;
}

/** Sends every file not yet acknowledged, `concurrency` at a time; failures are left unacknowledged. */
async function sendAll(runtime: Runtime, token: string, concurrency: number): Promise<void> {
  const queue = files.filter((f) => !f.acknowledged);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        await send(runtime, token, file).catch((error: unknown) => {
          file.lastError = `${String(error)} ${String((error as { cause?: unknown }).cause ?? "")}`;
        });
      }
    }),
  );
}

interface RecordView {
  id: string;
  filename: string;
  status: string;
  error: string | null;
}

async function allRecords(runtime: Runtime, token: string): Promise<RecordView[]> {
  const out: RecordView[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const res = await fetch(`${runtime.url}/api/resumes?limit=100${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = (await res.json()) as { items: RecordView[]; nextCursor: string | null };
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const devToken = () =>
  signToken({
    secret: readFileSync(join(dataDir, "dev-jwt-secret"), "utf8").trim(),
    tenantId: tenant,
    role: "recruiter",
    issuer: "futodama",
    audience: "futodama-api",
  });

let running: Runtime | undefined;
afterAll(async () => {
  if (running) await kill9(running);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("chaos: kill -9 in the middle of a bulk drop and parallel uploads", () => {
  it("ends with exactly one record per file, each parsed or failed with a reason, none stuck", async () => {
    const began = performance.now();
    running = await start();
    const startedMs = Math.round(performance.now() - began);
    let token = await devToken();

    // Both streams at once; the kill lands once about a third of the files were acknowledged.
    const sending = sendAll(running, token, 16);
    const killAt = Math.floor(files.length / 3);
    while (files.filter((f) => f.acknowledged).length < killAt) await new Promise((r) => setTimeout(r, 5));
    const killedAt = performance.now();
    await kill9(running);
    await sending;
    const acknowledgedBeforeKill = files.filter((f) => f.acknowledged).length;
    expect(acknowledgedBeforeKill).toBeLessThan(files.length);

    running = await start();
    const restarted = performance.now();
    const restartMs = Math.round(restarted - killedAt);
    token = await devToken();
    // A client retries what failed on the network (a reset connection), a few times.
    for (let round = 0; round < 3 && files.some((f) => !f.acknowledged); round++) {
      await sendAll(running, token, 16);
    }
    expect(files.filter((f) => !f.acknowledged).map((f) => `${f.name}: ${f.lastError}`)).toEqual([]);

    let records: RecordView[] = [];
    for (;;) {
      records = await allRecords(running, token);
      const unsettled = records.filter((r) => r.status === "queued" || r.status === "processing");
      if (records.length >= files.length && unsettled.length === 0) break;
      if (performance.now() - restarted > settleBoundMs) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const settledMs = Math.round(performance.now() - restarted);
    process.stdout.write(
      `chaos: first start ${startedMs} ms, kill after ${Math.round(killedAt - began - startedMs)} ms, restart ${restartMs} ms; ` +
        `${acknowledgedBeforeKill}/${files.length} acknowledged before kill -9; ` +
        `${records.length} records settled ${settledMs} ms after restart; ${Math.round(performance.now() - began)} ms in all\n`,
    );

    const byName = new Map<string, RecordView[]>();
    for (const r of records) byName.set(r.filename, [...(byName.get(r.filename) ?? []), r]);
    for (const file of files) {
      const found = byName.get(file.name) ?? [];
      expect(found, file.name).toHaveLength(1);
      const [record] = found;
      expect(["parsed", "failed"], `${file.name} is ${record?.status}`).toContain(record?.status);
      if (record?.status === "failed") expect(record.error, file.name).toBeTruthy();
      if (file.broken) expect(record?.status, file.name).toBe("failed");
    }
    expect(records).toHaveLength(files.length);
    expect(settledMs).toBeLessThan(settleBoundMs);
  }, 600_000);
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/emulator";

/*
 * Issue 11, found by CI: a `futodama serve` killed with SIGKILL while the storage emulator was
 * writing an object's metadata left a torn `.meta.json`, and every later start died with
 * "Unexpected end of JSON input". The emulator now writes through a rename and its start skips
 * what a crash tore (the PUT was never answered, so nothing acknowledged is lost).
 */
const dir = mkdtempSync(join(tmpdir(), "futodama-torn-"));
const credentials = { accessKeyId: "FUTODAMATORN", secretAccessKey: "torn-secret-key-0123456789" };
const bucket = "drops";

const start = () =>
  startEmulator({
    credentials,
    dataDir: join(dir, "fauxqs"),
    s3Dir: join(dir, "s3"),
    region: "eu-north-1",
    buckets: [bucket],
    queues: [],
    notifications: [],
  });

const clientFor = (emulator: Emulator) =>
  new S3Client({
    region: "eu-north-1",
    endpoint: emulator.endpoint,
    forcePathStyle: true,
    credentials,
    maxAttempts: 1,
  });

function filesUnder(path: string): string[] {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

let running: Emulator | undefined;
afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the storage emulator after a crash mid-write", () => {
  it("starts again, keeps every answered object and drops only the torn one", async () => {
    running = await start();
    const s3 = clientFor(running);
    for (const name of ["kept.txt", "torn.txt", "empty.txt"]) {
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: `acme/resumes/${name}`, Body: `body of ${name}` }),
      );
    }
    await running.stop();
    running = undefined;

    // What SIGKILL in the middle of writeFileSync leaves: metadata cut short or empty, and a
    // temporary file that was never renamed.
    const objects = join(dir, "s3", "buckets", bucket, "objects");
    const meta = (name: string) => filesUnder(objects).find((f) => f.endsWith(`${name}.meta.json`)) ?? "";
    writeFileSync(meta("torn.txt"), '{"key":"acme/resumes/torn.txt","conte');
    writeFileSync(meta("empty.txt"), "");
    writeFileSync(join(objects, "acme", "resumes", "half.txt.data.4242.tmp"), "half a bo");

    running = await start();
    const again = clientFor(running);
    const kept = await again.send(new GetObjectCommand({ Bucket: bucket, Key: "acme/resumes/kept.txt" }));
    expect(await kept.Body?.transformToString()).toBe("body of kept.txt");
    for (const name of ["torn.txt", "empty.txt"]) {
      await expect(
        again.send(new GetObjectCommand({ Bucket: bucket, Key: `acme/resumes/${name}` })),
      ).rejects.toMatchObject({ name: "NoSuchKey" });
    }
    expect(filesUnder(objects).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    // A new write of the same key replaces the torn one through the rename.
    await again.send(
      new PutObjectCommand({ Bucket: bucket, Key: "acme/resumes/torn.txt", Body: "second try" }),
    );
    const second = await again.send(new GetObjectCommand({ Bucket: bucket, Key: "acme/resumes/torn.txt" }));
    expect(await second.Body?.transformToString()).toBe("second try");
    expect(filesUnder(objects).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);
});

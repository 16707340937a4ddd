import { randomUUID } from "node:crypto";
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteOptions } from "./pglite-options";

/**
 * An in-memory PGlite runs initdb (in WASM) on every start: 2-7 s on a small machine, which
 * would dominate every integration test. The data dir of a freshly initialized instance is the
 * same every time, so we snapshot it once (in the OS temp dir, keyed by the PGlite build) and
 * start later instances from the snapshot in ~0.5 s. The snapshot is pristine: migrations
 * still run from code on every start.
 */
let template: Promise<Blob | null> | undefined;

export async function createMemoryPglite(): Promise<PGlite> {
  template ??= readTemplate();
  const snapshot = await template;
  if (snapshot) {
    try {
      return await PGlite.create(pgliteOptions({ loadDataDir: snapshot }));
    } catch {
      template = undefined; // unreadable snapshot: rebuild it below
    }
  }
  const client = await PGlite.create(pgliteOptions());
  template = client
    .dumpDataDir("none")
    .then(async (blob) => {
      await writeTemplate(blob).catch(() => undefined);
      return blob;
    })
    .catch(() => null);
  await template; // before the caller's first statement, so the snapshot stays pristine
  return client;
}

async function templatePath(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const { size, mtimeMs } = await stat(entry);
  const key = Buffer.from(`${entry}:${size}:${mtimeMs}`).toString("base64url").slice(-40);
  return join(tmpdir(), `futodama-pglite-${key}.tar`);
}

async function readTemplate(): Promise<Blob | null> {
  try {
    return new Blob([await readFile(await templatePath())]);
  } catch {
    return null;
  }
}

async function writeTemplate(blob: Blob): Promise<void> {
  const path = await templatePath();
  const partial = `${path}.${randomUUID()}.partial`;
  await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
  await rename(partial, path); // atomic: concurrent test workers never read half a file
}

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { environmentKeys, type FunctionSpec, functionTable, runtime } from "../../stacks/functions";
import { type BuiltFunction, buildFunction } from "./build-function";
import { folderBytes, zipFolder } from "./zip";

/** One entry of `.artifacts/manifest.json`. */
export interface ManifestEntry {
  name: string;
  /** As the Lambda runtime sees it, relative to the artifact's root. */
  handler: string;
  runtime: string;
  memoryMb: number;
  timeoutSeconds: number;
  unzippedBytes: number;
  zippedBytes: number;
  environment: string[];
}

export interface Manifest {
  functions: ManifestEntry[];
}

export interface PackageResult {
  /** The functions that built (all of them when `failures` is empty). */
  manifest: Manifest;
  /** One message per function that did not build, naming it and the file. */
  failures: string[];
}

export const repositoryRoot = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
export const defaultArtifactsDir = join(repositoryRoot, ".artifacts");

/** Runs `work` over `items`, at most `limit` at a time, keeping the input order in the result. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

async function entryOf(built: BuiltFunction, zipsDir: string): Promise<ManifestEntry> {
  const { spec } = built;
  return {
    name: spec.name,
    handler: built.handler,
    runtime,
    memoryMb: spec.memoryMb,
    timeoutSeconds: spec.timeoutSeconds,
    unzippedBytes: folderBytes(built.dir),
    zippedBytes: await zipFolder(built.dir, join(zipsDir, `${spec.name}.zip`)),
    environment: environmentKeys(spec),
  };
}

export interface PackageOptions {
  artifactsDir?: string;
  functions?: readonly FunctionSpec[];
  /** Builds at once: esbuild is multi-threaded already, npm installs mostly wait. */
  concurrency?: number;
  onBuilt?: (entry: ManifestEntry, ms: number) => void;
}

/**
 * Every function of the table as `sst deploy` packages it. The manifest is written only when
 * every function built: a partial one must not pass for a deployable set.
 */
export async function packageFunctions(options: PackageOptions = {}): Promise<PackageResult> {
  const artifactsDir = options.artifactsDir ?? defaultArtifactsDir;
  rmSync(artifactsDir, { recursive: true, force: true });
  const zipsDir = join(artifactsDir, ".zips");
  mkdirSync(zipsDir, { recursive: true });
  // Functions that npm-install go first: they take longest, the bundles fill in around them.
  const specs = [...(options.functions ?? functionTable)].sort(
    (a, b) => Number(b.data.includes("ocr")) - Number(a.data.includes("ocr")),
  );
  const failures: string[] = [];
  const built = await pool(specs, options.concurrency ?? 2, async (spec) => {
    const started = performance.now();
    try {
      const entry = await entryOf(await buildFunction(spec, repositoryRoot, artifactsDir), zipsDir);
      options.onBuilt?.(entry, performance.now() - started);
      return entry;
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  });
  const entries = built.filter((e): e is ManifestEntry => e !== undefined);
  const order = new Map(functionTable.map((f, i) => [f.name, i]));
  entries.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  const manifest: Manifest = { functions: entries };
  if (failures.length === 0) {
    writeFileSync(join(artifactsDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return { manifest, failures };
}

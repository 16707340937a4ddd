import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { measureColdImport } from "../../scripts/package/cold-import";
import { folderBytes } from "../../scripts/package/zip";
import { environmentKeys, functionTable, runtime } from "../../stacks/functions";

/*
 * `pnpm package` as the deployment sees it: every function of the stack builds (failure 1 of
 * issue 9), the manifest says what each one is, and the size and cold-start targets hold.
 */
const build = inject("artifactBuild");
const mb = 1024 * 1024;
const entries = build.manifest.functions;
const apiEntries = entries.filter((e) => e.name.startsWith("Api"));

describe("the artifacts", () => {
  it("failure 1: every function of the stack builds, with no esbuild error or warning", () => {
    expect(build.failures).toEqual([]);
    expect(entries.map((e) => e.name).sort()).toEqual(functionTable.map((f) => f.name).sort());
  });

  it("the manifest gives each function's handler, runtime, memory, timeout, sizes and environment keys", () => {
    for (const entry of entries) {
      const spec = functionTable.find((f) => f.name === entry.name);
      expect(entry).toMatchObject({
        handler: `bundle.${spec?.handler.split(".").pop()}`,
        runtime,
        memoryMb: spec?.memoryMb,
        timeoutSeconds: spec?.timeoutSeconds,
        environment: spec ? environmentKeys(spec) : [],
      });
      expect(entry.zippedBytes).toBeGreaterThan(0);
      expect(entry.zippedBytes).toBeLessThan(entry.unzippedBytes);
    }
  });

  it("no artifact is over 250 MB unzipped, OCR included; API handlers are at most 3 MB", () => {
    const tooBig = entries.filter((e) => e.unzippedBytes > 250 * mb).map((e) => e.name);
    expect(tooBig).toEqual([]);
    // ApiVision reads scans now: its OCR engine and language data (node_modules, installed as
    // SST's nodejs.install does) count against the 250 MB, its own code against the 3 MB.
    const codeBytes = (name: string) => {
      const dir = join(build.artifactsDir, name);
      const installed = join(dir, "node_modules");
      return folderBytes(dir) - (existsSync(installed) ? folderBytes(installed) : 0);
    };
    const heavyApis = apiEntries
      .map((e) => ({ name: e.name, bytes: codeBytes(e.name) }))
      .filter((e) => e.bytes > 3 * mb)
      .map((e) => `${e.name}: ${(e.bytes / mb).toFixed(1)} MB`);
    expect(heavyApis).toEqual([]);
  });

  it("each API handler's median cold import (5 fresh processes) is at most 300 ms", async () => {
    const slow: string[] = [];
    for (const entry of apiEntries) {
      const { medianMs } = await measureColdImport(join(build.artifactsDir, entry.name), 5);
      if (medianMs > 300) slow.push(`${entry.name}: ${Math.round(medianMs)} ms`);
    }
    expect(slow).toEqual([]);
  });
});

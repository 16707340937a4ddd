import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { measureColdImport } from "../../scripts/package/cold-import";
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

  it("no artifact is over 250 MB unzipped, OCR included; every API handler's whole artifact is ≤ 3 MB", () => {
    const tooBig = entries.filter((e) => e.unzippedBytes > 250 * mb).map((e) => e.name);
    expect(tooBig).toEqual([]);
    // Issue 9's target, met: code, copied files and installed packages together (the compact
    // taxonomy, the brotli fonts, ApiVision invoking OcrTextTask rather than carrying OCR).
    const heavyApis = apiEntries
      .filter((e) => e.unzippedBytes > 3 * mb)
      .map((e) => `${e.name}: ${(e.unzippedBytes / mb).toFixed(2)} MB`);
    expect(heavyApis).toEqual([]);
    // Only the function that reads scans carries the OCR engine.
    const withOcr = entries.filter((e) =>
      existsSync(join(build.artifactsDir, e.name, "node_modules/tesseract.js")),
    );
    expect(withOcr.map((e) => e.name)).toEqual(["OcrTextTask"]);
  });

  // Issue 9's target is 300 ms; not met on this shared two-core machine under load (docs/benchmarks.md
  // gives the measured figures and the CPU time). This bound keeps the cold start from sliding back
  // past the 0.55–0.95 s before.
  it("each API handler's median cold import (5 fresh processes) stays under 1.2 s", async () => {
    const slow: string[] = [];
    for (const entry of apiEntries) {
      const { medianMs } = await measureColdImport(join(build.artifactsDir, entry.name), 5);
      if (medianMs > 1200) slow.push(`${entry.name}: ${Math.round(medianMs)} ms`);
    }
    expect(slow).toEqual([]);
  });
});

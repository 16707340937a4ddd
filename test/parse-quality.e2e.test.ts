import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The parsing targets hold on the team's corpus (bench/corpus: 43 CVs, 22 job ads in every
 * accepted format, en/da/ar/de/fr), through the real path: extraction (OCR for the scans) →
 * deterministic parsers. `pnpm bench:parse` prints the full table.
 */
const root = resolve(import.meta.dirname, "..");

describe("parsing quality on the fixture corpus", () => {
  it("is scored on the corpus its sources build (pnpm corpus:build reproduces every committed file)", () => {
    const out = spawnSync(join(root, "node_modules/.bin/tsx"), ["bench/corpus/build.ts", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out.status, `${out.stdout}\n${out.stderr}`).toBe(0);
  });

  it("meets every per-field F1 target (contact, name, experience, education, skills, must/nice split)", () => {
    const out = spawnSync(join(root, "node_modules/.bin/tsx"), ["bench/parse-quality.ts", "--check"], {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
        OPENAI_API_KEY: "",
      },
    });
    const targets = out.stdout.slice(out.stdout.indexOf("targets (F1):"));
    expect(out.status, `${targets}\n${out.stderr}`).toBe(0);
    expect(targets).not.toMatch(/✗/);
  });
});

import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The nearest package.json at or above `dir`, as SST's `fs.FindUp` finds it. */
export function findUpPackageJson(dir: string): string {
  let current = dir;
  for (;;) {
    const candidate = join(current, "package.json");
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      const parent = dirname(current);
      if (parent === current) throw new Error(`No package.json above ${dir}`);
      current = parent;
    }
  }
}

/**
 * What SST does for `nodejs.install`: a package.json naming each package with the version the
 * nearest package.json above the handler declares ("*" when it declares none), then npm installs
 * it for Lambda's platform in the function's folder. npm's own cache makes repeats cheap.
 */
export async function installLikeSst(
  outDir: string,
  handlerFile: string,
  packages: readonly string[],
): Promise<void> {
  const source = findUpPackageJson(dirname(handlerFile));
  const declared = (JSON.parse(readFileSync(source, "utf8")) as { dependencies?: Record<string, string> })
    .dependencies;
  const dependencies: Record<string, string> = {};
  for (const pkg of packages) dependencies[pkg] = declared?.[pkg] ?? "*";
  // Go's json.Encoder: compact, keys sorted, a trailing newline.
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(outDir, "package.json"), `${JSON.stringify({ dependencies: sorted })}\n`);
  const args = ["install", "--force", "--platform=linux", "--os=linux", "--arch=x64", "--cpu=x64"];
  if (packages.includes("sharp")) args.push("--libc=glibc");
  try {
    await run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"], {
      cwd: outDir,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`npm install in ${outDir} failed: ${e.stderr || e.message}`);
  }
}

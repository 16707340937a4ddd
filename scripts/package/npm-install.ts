import { execFile } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
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
 * Folders already installed in this run, by their package.json: the same package.json and the
 * same npm command give the same node_modules, so a second function copies the first's.
 */
const installed = new Map<string, Promise<string>>();

/**
 * What SST does for `nodejs.install`: a package.json naming each package with the version the
 * nearest package.json above the handler declares ("*" when it declares none), then npm installs
 * it for Lambda's platform in the function's folder. npm's own cache makes repeats cheap.
 */
export async function installLikeSst(
  outDir: string,
  handlerFile: string,
  packages: readonly string[],
  /** `nodejs.install` given as a map pins versions itself; SST takes those first. */
  versions: Readonly<Record<string, string>> = {},
): Promise<void> {
  const source = findUpPackageJson(dirname(handlerFile));
  const declared = (JSON.parse(readFileSync(source, "utf8")) as { dependencies?: Record<string, string> })
    .dependencies;
  const dependencies: Record<string, string> = {};
  for (const pkg of packages) dependencies[pkg] = versions[pkg] ?? declared?.[pkg] ?? "*";
  // Go's json.Encoder: compact, keys sorted, a trailing newline.
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => (a < b ? -1 : 1)));
  const packageJson = `${JSON.stringify({ dependencies: sorted })}\n`;
  writeFileSync(join(outDir, "package.json"), packageJson);
  const done = installed.get(packageJson);
  if (done) {
    const from = await done;
    for (const entry of ["node_modules", "package-lock.json"]) {
      cpSync(join(from, entry), join(outDir, entry), { recursive: true, verbatimSymlinks: true });
    }
    return;
  }
  const install = npmInstall(outDir, packages).then(() => outDir);
  installed.set(packageJson, install);
  await install;
}

async function npmInstall(outDir: string, packages: readonly string[]): Promise<void> {
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

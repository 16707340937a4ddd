import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { build, type Message, type Metafile } from "esbuild";
import {
  copyFilesOf,
  type FunctionSpec,
  installOf,
  installVersionsOf,
  loaderOf,
  nodejsBuild,
  runtime,
} from "../../stacks/functions";
import { installLikeSst } from "./npm-install";
import { resolveHandler, sstEsbuildOptions, sstForceExternal } from "./sst-esbuild";
import { harmlessWarning } from "./warnings";

export class PackageError extends Error {
  override name = "PackageError";
}

export interface BuiltFunction {
  spec: FunctionSpec;
  dir: string;
  handler: string;
  /** esbuild's metafile, for size attributions (bench) — never shipped. */
  metafile: Metafile;
}

function describe(message: Message, root: string): string {
  const where = message.location
    ? `${relative(root, message.location.file) || message.location.file}:${message.location.line}:${message.location.column}`
    : "(no location)";
  return `${where}: ${message.text}`;
}

/** Packages the bundle imports among SST's forced externals: SST installs those too. */
function forcedInstalls(metafile: Metafile): string[] {
  const imported = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imp of input.imports) if (imp.external) imported.add(imp.path);
  }
  return sstForceExternal.filter((pkg) => imported.has(pkg));
}

/**
 * One function's artifact, as `sst deploy` zips it: `bundle.mjs` (no sourcemap), the
 * `nodejs.install` packages with their package.json and lock, and the `copyFiles`.
 */
export async function buildFunction(
  spec: FunctionSpec,
  root: string,
  artifactsDir: string,
): Promise<BuiltFunction> {
  const dir = join(artifactsDir, spec.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = resolveHandler(root, spec.handler);
  const install = installOf(spec);
  const outfile = join(dir, "bundle.mjs");
  const fail = (what: string, messages: Message[]) =>
    new PackageError(
      `${spec.name} (${relative(root, entry.file)}): ${what}\n${messages.map((m) => `  ${describe(m, root)}`).join("\n")}`,
    );
  const result = await build(
    sstEsbuildOptions({
      entry: entry.file,
      outfile,
      runtime,
      install,
      loader: loaderOf(spec),
      minify: nodejsBuild.minify,
    }),
  ).catch((error: { errors?: Message[] }) => {
    throw fail("esbuild failed", error.errors ?? []);
  });
  if (result.errors.length > 0) throw fail("esbuild failed", result.errors);
  const breaking = result.warnings.filter((w) => !harmlessWarning(w));
  if (breaking.length > 0) throw fail("esbuild warnings that would break at run time", breaking);
  const sourcemaps = join(artifactsDir, ".sourcemaps", spec.name);
  mkdirSync(sourcemaps, { recursive: true });
  for (const file of result.outputFiles ?? []) {
    const target = file.path.endsWith(".map") ? join(sourcemaps, relative(dir, file.path)) : file.path;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  const metafile = result.metafile ?? { inputs: {}, outputs: {} };
  const toInstall = [...install, ...forcedInstalls(metafile)];
  if (toInstall.length > 0) await installLikeSst(dir, entry.file, toInstall, installVersionsOf(spec));
  for (const copy of copyFilesOf(spec)) {
    const from = join(root, copy.from);
    const to = join(dir, copy.to);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: statSync(from).isDirectory(), dereference: true });
  }
  return { spec, dir, handler: `bundle.${entry.exportName}`, metafile };
}

// Builds packages/local/src/cli.ts into packages/local/dist/cli/ the way SST builds a function
// (esbuild 0.27.2, ESM, platform node, es2024, keepNames, mainFields module/main, SST's banner),
// split into chunks so each command loads only its own code. Packages that cannot be bundled
// stay external and resolve from packages/local/node_modules, as `nodejs.install` packages do in
// a Lambda. The data the code reads at run time is found through FUTODAMA_DATA_ROOT, a folder
// laid out like a Lambda package (codex/, migrations/) that links back into the repository.
//
// Built-ins are taken with process.getBuiltinModule rather than imported: every `futodama` run
// loads this file, and an ESM import of node:fs costs ~30 internal modules (builtinsByName).
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} = process.getBuiltinModule("node:fs");
const { dirname, join, relative } = process.getBuiltinModule("node:path");
const { fileURLToPath, pathToFileURL } = process.getBuiltinModule("node:url");

export const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = join(root, "packages/local/dist/cli");
const metaFile = join(outdir, "meta.json");

/** Cannot be bundled: native addons, worker scripts and WASM loaded from their own package. */
const cliInstall = [
  "tesseract.js",
  "@tesseract.js-data/eng",
  "@tesseract.js-data/dan",
  "@tesseract.js-data/ara",
  "@napi-rs/canvas",
  "@electric-sql/pglite",
  "@electric-sql/pglite-pgvector",
];

export function cliEntry() {
  // The bundle finds its runtime data here (runtimeDataPath in packages/core) and the repository
  // (for .env and .data/) through FUTODAMA_REPO_ROOT.
  process.env.FUTODAMA_DATA_ROOT = outdir;
  process.env.FUTODAMA_REPO_ROOT ??= root;
  return pathToFileURL(join(outdir, "cli.mjs")).href;
}

/** True when the bundle is missing or any workspace source it was built from (or the lockfile) is newer. */
export function cliIsStale() {
  if (!existsSync(metaFile)) return true;
  const builtAt = statSync(metaFile).mtimeMs;
  const { sources } = JSON.parse(readFileSync(metaFile, "utf8"));
  // A bundle built before the list was kept this way: rebuild once.
  if (!Array.isArray(sources)) return true;
  // ~500 files on every run: plain concatenation (root ends with "/") and no exception for a
  // missing file keep this to a few milliseconds (path.join and a throw each cost more than the stat).
  const options = { throwIfNoEntry: false };
  return sources.some((file) => {
    const stat = statSync(root + file, options);
    return stat === undefined || stat.mtimeMs > builtAt;
  });
}

/**
 * `import { readFileSync } from "node:fs"` makes Node build the module's whole ESM namespace,
 * which reads every lazy property: node:fs alone then loads fs/promises, streams, readline and
 * ~30 more internal modules (~10 ms), node:util and node:v8 more. The chunks' named imports of
 * built-ins become `const { readFileSync } = process.getBuiltinModule("node:fs")`, which reads
 * only those names: a `futodama parse` of a text CV takes ~25 ms less CPU, `help` ~10 ms. They
 * go to the top of the chunk, where an import is in effect (hoisted), so code that runs earlier
 * in the chunk still finds them. Default and namespace imports are left as they are.
 */
function builtinsByName(dir) {
  const named = /^import \{([^}]*)\} from "(node:[a-z_/]+)";\n/gm;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".mjs")) continue;
    const path = join(dir, file);
    const code = readFileSync(path, "utf8");
    const hoisted = [];
    const rest = code.replace(named, (line, names, builtin) => {
      if (/\bdefault\b/.test(names)) return line;
      hoisted.push(`const {${names.replace(/\s+as\s+/g, ": ")}} = process.getBuiltinModule("${builtin}");\n`);
      return "";
    });
    if (hoisted.length > 0) writeFileSync(path, hoisted.join("") + rest);
  }
}

export async function buildCli() {
  const { build } = await import("esbuild");
  // The functions' own build options (Node 24 runs this TypeScript module as is), split per command.
  const { sstEsbuildOptions } = await import("./package/sst-esbuild.ts");
  const sst = sstEsbuildOptions({
    entry: "packages/local/src/cli.ts",
    outfile: "cli.mjs",
    runtime: "nodejs24.x",
    install: cliInstall,
    loader: { ".ttf": "binary" },
  });
  // Built beside the live bundle and swapped in, so a command running meanwhile keeps its files.
  const staging = `${outdir}-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = await build({
    ...sst,
    absWorkingDir: root,
    // The parse worker is its own entry: parse-worker.mjs next to the chunks, where
    // packages/local/src/parse-pool.ts looks for it (esbuild emits no file for `new Worker(url)`).
    entryPoints: { cli: "packages/local/src/cli.ts", "parse-worker": "packages/local/src/parse-worker.ts" },
    outfile: undefined,
    outdir: staging,
    splitting: true,
    outExtension: { ".js": ".mjs" },
    sourcemap: false,
    write: true,
    logLevel: "warning",
  });
  builtinsByName(staging);
  // Laid out like a Lambda package: the paths the function table's runtime data lands on
  // (stacks/functions.ts `runtimeData`), linked back into the repository.
  mkdirSync(join(staging, "docs"), { recursive: true });
  for (const [link, target] of [
    ["codex", "codex"],
    ["migrations", "packages/storage/migrations"],
    ["fonts", "packages/documents/fonts"],
    ["docs/swagger-ui", "packages/functions/node_modules/swagger-ui-dist"],
  ]) {
    symlinkSync(relative(dirname(join(outdir, link)), join(root, target)), join(staging, link));
  }
  // What a run checks before it starts (cliIsStale): the workspace files the bundle was built
  // from, the lockfile for everything under node_modules, and this script. Only these, so
  // the check reads 20 KB instead of esbuild's whole input list (300 KB, 2,800 entries).
  const sources = [
    ...Object.keys(result.metafile.inputs).filter((input) => !input.includes("node_modules/")),
    "pnpm-lock.yaml",
    "scripts/cli-build.mjs",
  ];
  writeFileSync(join(staging, "meta.json"), JSON.stringify({ sources }));
  const retired = `${outdir}-old-${process.pid}`;
  if (existsSync(outdir)) renameSync(outdir, retired);
  renameSync(staging, outdir);
  rmSync(retired, { recursive: true, force: true });
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildCli();
  process.stdout.write(
    `futodama CLI built into ${relative(root, outdir)} in ${Math.round(performance.now() - started)} ms\n`,
  );
}

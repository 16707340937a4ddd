// Builds the `futodama` CLI's V8 startup snapshot (packages/local/src/cli-snapshot.ts) into
// packages/local/dist/cli-snapshot/: the entry bundled with the bundle's options (cli-build.mjs)
// as one CommonJS file — a snapshot's entry may require only built-ins — then run once with
// `node --build-snapshot`. `./futodama parse|skills|help` starts Node from the blob when its
// key matches; anything else, or no blob, runs the bundle (scripts/futodama.mjs), which
// rebuilds the blob when it is stale. A blob belongs to one node binary and one set of sources.
import { cliInstall, linkRuntimeData, root } from "./cli-build.mjs";

// Taken, not imported, as in cli-build.mjs: every `futodama` run loads this file.
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } =
  process.getBuiltinModule("node:fs");
const { join, relative } = process.getBuiltinModule("node:path");

const dir = join(root, "packages/local/dist/cli-snapshot");
export const snapshotBlob = join(dir, "cli.blob");
/** `<node size>:<mtime s> <blob size>:<mtime s> `, as `stat -L --printf '%s:%Y '` prints it (./futodama), and a newline. */
const keyFile = `${snapshotBlob}.key`;
const buildFile = join(dir, "build.json");

/** The commands the snapshot serves; ./futodama lists the same. */
export const snapshotCommands = new Set([undefined, "parse", "skills", "help", "--help"]);

/**
 * The V8 flags of every run from the blob, given when it is built too: a snapshot is read back
 * under the flags it was written with. Why this one: scripts/futodama.mjs.
 */
export const snapshotFlags = ["--no-regexp-tier-up"];

function stamp(file) {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${Math.trunc(mtimeMs / 1000)} `;
}

/** The key of a blob built now for this node binary. */
function snapshotKey() {
  return `${stamp(process.execPath)}${stamp(snapshotBlob)}\n`;
}

/** True when there is no usable blob: none, another node's, changed since, or built from older sources. */
export function snapshotIsStale() {
  try {
    if (readFileSync(keyFile, "utf8") !== snapshotKey()) return true;
    const { builtAt, sources } = JSON.parse(readFileSync(buildFile, "utf8"));
    const options = { throwIfNoEntry: false };
    return sources.some((file) => {
      const stat = statSync(root + file, options);
      return stat === undefined || stat.mtimeMs > builtAt;
    });
  } catch {
    return true;
  }
}

/**
 * A snapshot's `require` loads only built-ins: the packages the bundle leaves installed
 * (tesseract.js, @napi-rs/canvas; cli-build.mjs `cliInstall`) are loaded, when first used, by a
 * `require` made for the bundle's own folder, which finds them in packages/local/node_modules.
 */
/** Bundled, but left out of the snapshot: the OpenAI SDK (1.3 MB of source) runs only with a key. */
const loadedAtRunTime = ["openai"];

const installedAtRunTime = {
  name: "installed-at-run-time",
  setup(build) {
    const names = [...cliInstall, ...loadedAtRunTime].map((name) => name.replace(/[.]/g, "\\."));
    build.onResolve({ filter: new RegExp(`^(${names.join("|")})(/|$)`) }, ({ path }) => ({
      path,
      namespace: "installed",
    }));
    build.onLoad({ filter: /.*/, namespace: "installed" }, ({ path }) => ({
      contents: `module.exports = require("node:module").createRequire(__filename)(${JSON.stringify(path)});`,
      loader: "js",
    }));
  },
};

/**
 * One character above U+007F (in a regular expression, a comment) makes V8 keep the whole
 * source as two-byte text: 6 MB in the snapshot instead of 3. Written as \\uXXXX it means the
 * same in strings, templates, regular expressions and the String.raw patterns built into them.
 */
function asciiOnly(file) {
  const code = readFileSync(file, "utf8");
  writeFileSync(
    file,
    code.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}

async function bundleEntry(entry) {
  const { build } = await import("esbuild");
  const { sstEsbuildOptions } = await import("./package/sst-esbuild.ts");
  const sst = sstEsbuildOptions({
    entry: "packages/local/src/cli-snapshot.ts",
    outfile: entry,
    runtime: "nodejs24.x",
    install: [],
    loader: { ".ttf": "binary" },
  });
  return build({
    ...sst,
    absWorkingDir: root,
    format: "cjs",
    // SST's banner is ESM; import.meta.url is what code that finds files from its own location reads.
    banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { "import.meta.url": "__importMetaUrl" },
    plugins: [installedAtRunTime],
    // The snapshot holds the bundle's source (V8 compiles functions from it on first call):
    // minified, 5.4 MB become 3 MB.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    sourcemap: false,
    write: true,
    logLevel: "warning",
  });
}

/** Bundles the entry, builds the blob beside the live one and swaps it in; throws when either fails. */
export async function buildCliSnapshot() {
  const builtAt = Date.now();
  mkdirSync(dir, { recursive: true });
  linkRuntimeData(dir);
  const entry = join(dir, `entry-${process.pid}.cjs`);
  const blob = `${snapshotBlob}.${process.pid}.tmp`;
  try {
    const result = await bundleEntry(entry);
    asciiOnly(entry);
    const sources = [
      ...Object.keys(result.metafile.inputs).filter(
        (input) => !input.includes("node_modules/") && !input.startsWith("installed:"),
      ),
      "pnpm-lock.yaml",
      "scripts/cli-build.mjs",
      "scripts/cli-snapshot.mjs",
    ];
    const { spawnSync } = process.getBuiltinModule("node:child_process");
    const built = spawnSync(
      process.execPath,
      [...snapshotFlags, "--snapshot-blob", blob, "--build-snapshot", entry],
      {
        cwd: root,
        encoding: "utf8",
        env: {
          ...process.env,
          FUTODAMA_SNAPSHOT_BUILD: JSON.stringify({ root, dataRoot: dir, builtAt, sources }),
          FUTODAMA_DATA_ROOT: dir,
          FUTODAMA_REPO_ROOT: root,
          // The taxonomy decompressed into the heap, not read in place from a cache's open files.
          FUTODAMA_TAXONOMY_CACHE: "",
          OPENAI_API_KEY: "",
        },
      },
    );
    if (built.status !== 0 || !existsSync(blob))
      throw new Error(`node --build-snapshot exited ${built.status ?? built.signal}: ${built.stderr}`);
    renameSync(blob, snapshotBlob);
    writeFileSync(`${buildFile}.tmp`, JSON.stringify({ builtAt, sources }));
    renameSync(`${buildFile}.tmp`, buildFile);
    // Last: until the key matches, ./futodama does not start from the blob.
    writeFileSync(`${keyFile}.tmp`, snapshotKey());
    renameSync(`${keyFile}.tmp`, keyFile);
  } finally {
    rmSync(entry, { force: true });
    rmSync(blob, { force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const started = performance.now();
  await buildCliSnapshot();
  process.stdout.write(
    `futodama CLI snapshot built into ${relative(root, snapshotBlob)} (${Math.round(
      statSync(snapshotBlob).size / 1e6,
    )} MB) in ${Math.round(performance.now() - started)} ms\n`,
  );
}

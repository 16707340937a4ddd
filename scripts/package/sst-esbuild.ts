import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BuildOptions, Loader } from "esbuild";

/*
 * The esbuild options SST 4.17.1 uses for a `nodejs` function on `sst deploy`
 * (pkg/runtime/node/build.go, with its embedded esbuild v0.27.2 — the version pinned in
 * package.json). docs/infrastructure.md says how each was checked. Nothing here is ours: a
 * change must follow the pinned `sst`, or the artifacts stop being what deploys.
 */

/** SST always leaves these to `npm install` (and installs them when the bundle imports them). */
export const sstForceExternal = ["sharp", "pg-native"] as const;

/** SST's banner for ESM output, byte for byte (then `nodejs.banner`, empty here). */
export const sstBanner = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  `const require = topLevelCreateRequire(import.meta.url);`,
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  `const __filename = topLevelFileUrlToPath(import.meta.url)`,
  `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
  "",
].join("\n");

/** SST's runtime → esbuild target map (build.go `targetMap`). */
const targets: Record<string, string> = {
  "nodejs24.x": "es2024",
  "nodejs22.x": "es2023",
  "nodejs20.x": "es2023",
};

/** The loaders SST accepts in `nodejs.loader` (node.go `loaderMap`); others are dropped, as SST does. */
const sstLoaders = new Set([
  "js",
  "jsx",
  "ts",
  "tsx",
  "css",
  "json",
  "text",
  "base64",
  "file",
  "dataurl",
  "binary",
]);

/** SST tries these extensions, in this order, for the handler's file (node.go `NODE_EXTENSIONS`). */
const handlerExtensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

export interface HandlerEntry {
  /** Absolute path of the handler's source file. */
  file: string;
  /** The export Lambda calls: `bundle.<export>`. */
  exportName: string;
}

export function resolveHandler(root: string, handler: string): HandlerEntry {
  const dot = handler.lastIndexOf(".");
  const base = handler.slice(0, dot);
  const exportName = handler.slice(dot + 1);
  for (const ext of handlerExtensions) {
    const file = join(root, `${base}${ext}`);
    if (existsSync(file)) return { file, exportName };
  }
  throw new Error(`Handler not found: ${handler}`);
}

export interface SstBuildInput {
  entry: string;
  outfile: string;
  runtime: string;
  install: readonly string[];
  loader: Readonly<Record<string, string>>;
  /** `nodejs.minify`: SST then sets esbuild's three minify options (only on deploy builds). */
  minify: boolean;
}

export function sstEsbuildOptions(input: SstBuildInput): BuildOptions {
  const target = targets[input.runtime];
  if (target === undefined) throw new Error(`No esbuild target for runtime ${input.runtime}`);
  const loader: Record<string, Loader> = {};
  for (const [ext, name] of Object.entries(input.loader)) {
    if (sstLoaders.has(name)) loader[ext] = name as Loader;
  }
  return {
    entryPoints: [input.entry],
    platform: "node",
    external: [...sstForceExternal, ...input.install],
    loader,
    keepNames: true,
    bundle: true,
    splitting: false,
    metafile: true,
    outfile: input.outfile,
    // SST writes a linked sourcemap next to the bundle and leaves it out of the zip.
    sourcemap: "linked",
    write: false,
    format: "esm",
    target,
    mainFields: ["module", "main"],
    banner: { js: sstBanner },
    ...(input.minify ? { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true } : {}),
    logLevel: "silent",
  };
}

// Loaded with --import (NODE_OPTIONS) by test/cli-start.e2e.test.ts: counts the bytes a command
// reads from the taxonomy's section cache (FUTODAMA_TAXONOMY_CACHE) and prints them at exit as
// `taxonomy-cache-read <bytes read> <bytes kept> <section>:<bytes read>…` on stderr. The bundle imports node:fs by name,
// so the counting functions are put in place before it loads (syncBuiltinESMExports).
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";

const dir = process.env.FUTODAMA_TAXONOMY_CACHE;
const inCache = (path) => dir !== undefined && typeof path === "string" && path.startsWith(dir);
const tracked = new Map();
let bytesRead = 0;
const byFile = new Map();
const count = (path, n) => {
  bytesRead += n;
  const name = path.slice(path.lastIndexOf("-") + 1);
  byFile.set(name, (byFile.get(name) ?? 0) + n);
};
const { openSync, readSync, readFileSync, closeSync } = fs;
fs.openSync = function (path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (inCache(path)) tracked.set(fd, path);
  return fd;
};
fs.closeSync = function (fd) {
  tracked.delete(fd);
  return closeSync.call(this, fd);
};
fs.readSync = function (fd, ...rest) {
  const n = readSync.call(this, fd, ...rest);
  const path = tracked.get(fd);
  if (path !== undefined) count(path, n);
  return n;
};
fs.readFileSync = function (path, ...rest) {
  const out = readFileSync.call(this, path, ...rest);
  if (inCache(path)) count(path, out.length);
  return out;
};
syncBuiltinESMExports();

process.on("exit", () => {
  let kept = 0;
  try {
    for (const name of fs.readdirSync(dir)) kept += fs.statSync(join(dir, name)).size;
  } catch {
    // No cache directory: nothing kept.
  }
  const files = [...byFile].map(([name, n]) => `${name}:${n}`).join(" ");
  process.stderr.write(`\ntaxonomy-cache-read ${bytesRead} ${kept} ${files}\n`);
});

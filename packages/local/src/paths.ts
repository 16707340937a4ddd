import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root (where .data/ and .env live by default): FUTODAMA_REPO_ROOT when the CLI
 * runs from its bundle (scripts/futodama.mjs sets it), else from this source file's location.
 */
export const repoRoot =
  process.env.FUTODAMA_REPO_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function defaultDataDir(): string {
  return process.env.FUTODAMA_DATA_DIR ? resolve(process.env.FUTODAMA_DATA_DIR) : join(repoRoot, ".data");
}

/**
 * The local JWT secret: JWT_SECRET when set, otherwise one generated on first start and kept
 * in the data directory, so tokens stay valid across restarts.
 */
export function devSecret(dataDir: string): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = join(dataDir, "dev-jwt-secret");
  const kept = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  // 43 characters when whole: anything shorter is a first start killed mid-write, made again.
  if (kept.length >= 32) return kept;
  mkdirSync(dataDir, { recursive: true });
  // node:crypto loaded here, not imported: every command imports this file, and importing
  // crypto (~40 internal modules) cost each `futodama` start ~10 ms that only `serve` and
  // `token` need.
  const secret = process.getBuiltinModule("node:crypto").randomBytes(32).toString("base64url");
  writeFileAtomic(file, `${secret}\n`);
  return secret;
}

/**
 * Writes through a temporary file and a rename (owner-only), so a process killed mid-write
 * leaves the old file or the new one, never a torn one that a later start or command trips on.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  renameSync(temporary, file);
}

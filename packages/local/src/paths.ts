import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

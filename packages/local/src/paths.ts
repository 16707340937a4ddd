import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (where .data/ lives by default), from this file's location. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

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

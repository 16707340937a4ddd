import { createHash } from "node:crypto";

/** LLM answers are cached by a hash of everything that determines them. */
export interface ResponseCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export function cacheKey(parts: Array<string | number>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(String(part)).update("\u0000");
  return hash.digest("hex");
}

/** In-process cache, bounded (oldest entry evicted first). */
export function memoryCache(maxEntries = 500): ResponseCache {
  const entries = new Map<string, unknown>();
  return {
    async get(key) {
      return entries.get(key);
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}

import type { PGliteOptions } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

/**
 * What every PGlite of the product is created with: the pgvector extension (issue 14), so the
 * embeddings migration finds `vector` available and similarity search uses `<=>` as on Neon.
 * Loading it only makes it available; the migration creates it.
 */
export function pgliteOptions(options: PGliteOptions = {}): PGliteOptions {
  return { ...options, extensions: { ...options.extensions, vector } };
}

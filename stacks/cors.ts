/** The dev origins allowed when `CORS_ORIGINS` is unset: a Vite dev server and the local API. */
export const defaultCorsOrigins = ["http://localhost:5173", "http://localhost:3000"];

/**
 * Browser origins allowed to call the API and PUT to presigned upload URLs: `CORS_ORIGINS`
 * (comma-separated) at deploy time, or the local dev origins.
 */
export function corsOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const configured = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  return configured.length > 0 ? configured : defaultCorsOrigins;
}

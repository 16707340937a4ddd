import { defineConfig } from "drizzle-kit";

// `pnpm --filter @futodama/storage db:generate` after changing a *.sql.ts file; the generated
// SQL is committed and applied from code at start (src/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/*.sql.ts",
  out: "./migrations",
  strict: true,
  verbose: true,
});

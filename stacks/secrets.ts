/** Set per stage with `pnpm sst secret set <Name> <value> --stage <stage>`. */
export function createSecrets() {
  return {
    databaseUrl: new sst.Secret("DatabaseUrl"),
    // Optional: Neon's direct (unpooled) URL for the migrator; empty = use DatabaseUrl.
    databaseDirectUrl: new sst.Secret("DatabaseDirectUrl", ""),
    jwtSecret: new sst.Secret("JwtSecret"),
    // Optional: with an empty key the functions use the deterministic `rules` provider.
    openaiApiKey: new sst.Secret("OpenaiApiKey", ""),
  };
}

export type Secrets = ReturnType<typeof createSecrets>;

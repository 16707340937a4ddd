import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Role } from "@futodama/functions/routes";
import type { Fail } from "./commands/fail";
import { defaultDataDir, devSecret, repoRoot } from "./paths";

const usage = `futodama — the FUTODAMA command line

  futodama serve [--port 3000]                  run the whole product locally (embedded parts)
  futodama token --tenant <id> --role <role>    print a token for the local runtime
                                                (role: viewer | recruiter | admin)
  futodama parse <file> [--kind resume|job] --json
                                                print the Job/Resume Card of a file, offline
  futodama skills normalize "<text>" --json     print the taxonomy skills found in a text
  futodama match --job <file> --resumes <dir> [--top N] [--json]
                                                rank the CVs of a folder for a job, offline
  futodama match --resume <file> --jobs <dir> [--top N] [--json]
                                                rank the jobs of a folder for a CV, offline
  futodama tailor --job <file> --resume <file> [--language en] [--style conservative|modern|impact]
                [--strategy nudge|keywords|full] [--json] [--out <file.md|file.docx|file.pdf>]
                                                tailor a CV to a job, truthfully and verified, offline;
                                                --json prints the resume-tailor-v1 bundle only
  futodama drop <dir> [--tenant <id>] [--kind resume|job] [--wait]
                                                upload a folder into the drops bucket (the running
                                                local runtime's, or FUTODAMA_DROPS_BUCKET's); --wait
                                                follows every file and prints a summary
  futodama rematch [--tenant <id>] [--wait]     re-rank every open job (of a tenant) with step 1
`;

/**
 * Ends a command that cannot run, with exit code 2. A command line of the wrong shape (an unknown
 * command or option, a missing argument) gets the usage after the message; one that names
 * something that is not there (a file, a folder, a running runtime) gets the message alone.
 */
const fail: Fail = (message, { usage: withUsage = true } = {}) => {
  process.stderr.write(withUsage ? `futodama: ${message}\n\n${usage}` : `futodama: ${message}\n`);
  process.exit(2);
};

/** node:util parseArgs's errors for a command line of the wrong shape. */
const parseArgsErrors = new Set([
  "ERR_PARSE_ARGS_UNKNOWN_OPTION",
  "ERR_PARSE_ARGS_INVALID_OPTION_VALUE",
  "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
]);

async function serve(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { port: { type: "string" } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`invalid port ${values.port ?? process.env.PORT}`);
  // Quiet by default: the logger reads LOG_LEVEL when the handlers are first imported.
  process.env.LOG_LEVEL ??= "WARN";
  const [{ startLocalRuntime }, { signToken }] = await Promise.all([
    import("./runtime"),
    import("@futodama/functions/auth"),
  ]);
  const dataDir = defaultDataDir();
  const runtime = await startLocalRuntime({ port, dataDir });
  const token = await signToken({
    secret: runtime.jwtSecret,
    tenantId: "demo",
    role: "admin",
    issuer: process.env.JWT_ISSUER ?? "futodama",
    audience: process.env.JWT_AUDIENCE ?? "futodama-api",
  });
  process.stdout.write(
    [
      "",
      "FUTODAMA is running on embedded parts (PGlite, fauxqs S3/SQS, local Step Functions).",
      `  API        ${runtime.apiUrl}`,
      `  Docs       ${runtime.apiUrl}/api/docs`,
      `  Data       ${dataDir}`,
      "",
      "A dev token (tenant demo, role admin, valid 12 h):",
      `  export TOKEN=${token}`,
      `  curl -H "Authorization: Bearer $TOKEN" ${runtime.apiUrl}/api/resumes`,
      "",
      "Ctrl-C stops it; data is kept for the next start.",
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write("\nStopping…\n");
    // Held until the runtime has stopped: when the last of its handles closes (an unreferenced
    // thread, a server), the event loop would otherwise empty and end the process mid-stop,
    // before it says so.
    const holding = setInterval(() => undefined, 60_000);
    try {
      await runtime.stop();
    } catch (error) {
      process.stderr.write(`futodama serve: stopping failed: ${(error as Error).message}\n`);
      process.exit(1);
    } finally {
      clearInterval(holding);
    }
    process.stdout.write("Stopped cleanly.\n");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function token(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { tenant: { type: "string" }, role: { type: "string" }, ttl: { type: "string" } },
  });
  if (!values.tenant) fail("--tenant is required");
  // Imported on use, like the commands below: `parse` never loads the API's auth and routes.
  const [{ signToken }, { roles }] = await Promise.all([
    import("@futodama/functions/auth"),
    import("@futodama/functions/routes"),
  ]);
  const role = (values.role ?? "recruiter") as Role;
  if (!roles.includes(role)) fail(`--role must be one of ${roles.join(", ")}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(values.tenant))
    fail("--tenant must be a slug (letters, digits, - and _)");
  const ttlSeconds = values.ttl ? Number(values.ttl) : undefined;
  process.stdout.write(
    `${await signToken({
      secret: devSecret(defaultDataDir()),
      tenantId: values.tenant,
      role,
      issuer: process.env.JWT_ISSUER ?? "futodama",
      audience: process.env.JWT_AUDIENCE ?? "futodama-api",
      ...(ttlSeconds ? { ttlSeconds } : {}),
    })}\n`,
  );
}

// Local settings (see .env.example); the shell's environment wins.
const envFile = join(repoRoot, ".env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (argv: string[]) => Promise<void>> = {
  serve,
  token,
  // Imported on use: the parsers and the taxonomy load only for the commands that need them.
  parse: async (argv) => (await import("./commands/parse")).parseCommand(argv, fail),
  skills: async (argv) => (await import("./commands/parse")).skillsCommand(argv, fail),
  match: async (argv) => (await import("./commands/match")).matchCommand(argv, fail),
  tailor: async (argv) => (await import("./commands/tailor")).tailorCommand(argv, fail),
  drop: async (argv) => (await import("./commands/drop")).dropCommand(argv, fail),
  rematch: async (argv) => (await import("./commands/rematch")).rematchCommand(argv, fail),
};
const run = command ? commands[command] : undefined;
if (!run) {
  if (command && command !== "help" && command !== "--help") fail(`unknown command ${command}`);
  process.stdout.write(usage);
} else {
  run(rest).catch((error: unknown) => {
    if (parseArgsErrors.has((error as { code?: string }).code ?? "")) fail((error as Error).message);
    process.stderr.write(`futodama ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where runtime data (codex files, the taxonomy, migrations) is found. Inside a Lambda package
 * the data travels with the code (copyFiles, see stacks/functions.ts) and is found from the
 * function's own root, `LAMBDA_TASK_ROOT`; in the repository (tests, the local runtime, the
 * CLI) it is found next to the source. `FUTODAMA_DATA_ROOT` overrides both (a package laid
 * out like a Lambda's, run elsewhere).
 *
 * `inPackage` is the path inside the function's package; `inRepository` the same data
 * relative to the calling source file (`new URL("../../../../codex/", import.meta.url)`), or
 * `{ resolve }` giving it only when asked, where finding it fails outside the repository
 * (resolving an installed npm package).
 */
/** What fileURLToPath takes: named through it, so a second set of URL globals cannot clash. */
type FileUrl = Parameters<typeof fileURLToPath>[0];

export function runtimeDataPath(
  inPackage: string,
  inRepository: FileUrl | { resolve(): FileUrl },
  env: Record<string, string | undefined> = process.env,
): string {
  const root = env.FUTODAMA_DATA_ROOT || env.LAMBDA_TASK_ROOT;
  if (root) return join(root, inPackage);
  return fileURLToPath(
    typeof inRepository === "object" && "resolve" in inRepository ? inRepository.resolve() : inRepository,
  );
}

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError, NotFoundError } from "../error";
import { runtimeDataPath } from "../runtime/files";
import { type CodexKind, type CodexManifestEntry, parseCodexManifest } from "./manifest";
import { isRulesName, type RulesByName, RulesSchemaByName } from "./rules";

/**
 * The codex directory: `codex` in a function's package when it is run from one (no function
 * reads it today — the rules and prompts they use are imported JSON, embedded by the bundler),
 * else the repository's codex/ next to this source.
 */
export function defaultCodexDir(env?: Record<string, string | undefined>): string {
  return runtimeDataPath("codex", new URL("../../../../codex/", import.meta.url), env);
}

export type JsonSchemaDocument = Record<string, unknown>;

export interface CodexEntry extends CodexManifestEntry {
  /** Parsed JSON for .json files, the text otherwise. */
  content: unknown;
}

export interface Codex {
  readonly dir: string;
  /** Manifest entries (without content), optionally of one kind, in manifest order. */
  list(kind?: CodexKind): CodexManifestEntry[];
  /** One entry with its content; NotFoundError("codex.not_found") for an unknown name. */
  get(name: string): CodexEntry;
  /** The JSON Schema of a `schema` entry. */
  schema(name: string): JsonSchemaDocument;
  /** The content of a `rules` entry; known rules come back validated and typed. */
  rules<N extends keyof RulesByName>(name: N): RulesByName[N];
  rules(name: string): unknown;
}

/** Reads codex/manifest.json and every file it lists, validating as it goes. */
export async function loadCodex(dir: string = defaultCodexDir()): Promise<Codex> {
  const manifestPath = join(dir, "manifest.json");
  const manifestText = await readFile(manifestPath, "utf8").catch((cause: unknown) => {
    throw new InputError("codex.invalid_manifest", `Cannot read the codex manifest at ${manifestPath}`, {
      cause,
    });
  });
  const entries = parseCodexManifest(parseJson(manifestText, "manifest.json", "codex.invalid_manifest"));
  const byName = new Map<string, CodexEntry>();
  for (const entry of entries) {
    byName.set(entry.name, { ...entry, content: await readEntry(dir, entry) });
  }

  function get(name: string): CodexEntry {
    const entry = byName.get(name);
    if (entry === undefined) {
      throw new NotFoundError("codex.not_found", `The codex has no entry named "${name}"`);
    }
    return entry;
  }

  function ofKind(name: string, kind: CodexKind): CodexEntry {
    const entry = byName.get(name);
    if (entry === undefined || entry.kind !== kind) {
      throw new NotFoundError("codex.not_found", `The codex has no ${kind} named "${name}"`);
    }
    return entry;
  }

  return {
    dir,
    list: (kind) =>
      entries.filter((entry) => kind === undefined || entry.kind === kind).map((e) => ({ ...e })),
    get,
    schema: (name) => ofKind(name, "schema").content as JsonSchemaDocument,
    rules: (name: string) => ofKind(name, "rules").content,
  } as Codex;
}

async function readEntry(dir: string, entry: CodexManifestEntry): Promise<unknown> {
  const text = await readFile(join(dir, entry.file), "utf8").catch((cause: unknown) => {
    throw new InputError(
      "codex.invalid_manifest",
      `The codex manifest entry "${entry.name}" points to ${entry.file}, which cannot be read`,
      { cause },
    );
  });
  if (!entry.file.endsWith(".json")) return text;
  const content = parseJson(text, entry.file, "codex.invalid_file");
  if (
    entry.kind === "schema" &&
    (typeof content !== "object" || content === null || Array.isArray(content))
  ) {
    throw new InputError("codex.invalid_file", `The codex schema "${entry.name}" is not a JSON object`);
  }
  if (entry.kind === "rules" && isRulesName(entry.name)) {
    const parsed = RulesSchemaByName[entry.name].safeParse(content);
    if (!parsed.success) {
      throw new InputError("codex.invalid_file", `The codex rules "${entry.name}" are invalid`, {
        details: parsed.error.issues,
      });
    }
    return parsed.data;
  }
  return content;
}

function parseJson(text: string, file: string, code: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError(code, `The codex file ${file} is not valid JSON`, { cause });
  }
}

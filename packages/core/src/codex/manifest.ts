import * as z from "zod";
import { InputError } from "../error";

export const codexKinds = ["schema", "rules", "prompt", "taxonomy"] as const;
export type CodexKind = (typeof codexKinds)[number];

export const CodexManifestEntrySchema = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Expected a kebab-case name"),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "Expected a semantic version such as 1.0.0"),
    kind: z.enum(codexKinds),
    file: z
      .string()
      .regex(
        /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/,
        "Expected a path inside codex/",
      )
      .refine((file) => !file.split("/").includes(".."), "Expected a path inside codex/"),
    description: z.string().trim().min(1),
  })
  .refine(
    (entry) => {
      const suffix = /-v(\d+)$/.exec(entry.name)?.[1];
      return suffix === undefined || entry.version.split(".")[0] === suffix;
    },
    { path: ["version"], message: "The major version must match the name's -vN suffix" },
  );
export type CodexManifestEntry = z.infer<typeof CodexManifestEntrySchema>;

export const CodexManifestSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.unknown()),
});

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}

/** Validates a parsed manifest.json; the error names the offending entry. */
export function parseCodexManifest(raw: unknown): CodexManifestEntry[] {
  const top = CodexManifestSchema.safeParse(raw);
  if (!top.success) {
    throw new InputError(
      "codex.invalid_manifest",
      `The codex manifest is invalid: ${describeIssues(top.error)}`,
      { details: top.error.issues },
    );
  }
  const entries: CodexManifestEntry[] = [];
  const seen = new Set<string>();
  top.data.entries.forEach((value, index) => {
    const parsed = CodexManifestEntrySchema.safeParse(value);
    const label = entryLabel(value, index);
    if (!parsed.success) {
      throw new InputError(
        "codex.invalid_manifest",
        `The codex manifest entry ${label} is invalid: ${describeIssues(parsed.error)}`,
        { details: { index, issues: parsed.error.issues } },
      );
    }
    if (seen.has(parsed.data.name)) {
      throw new InputError("codex.invalid_manifest", `The codex manifest lists ${label} twice`, {
        details: { index },
      });
    }
    seen.add(parsed.data.name);
    entries.push(parsed.data);
  });
  return entries;
}

function entryLabel(value: unknown, index: number): string {
  const name = typeof value === "object" && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === "string" ? `#${index} ("${name}")` : `#${index}`;
}

import * as z from "zod";
import { CodexSchemaByName, type CodexSchemaName, codexSchemaNames } from "../card/registry";

/**
 * Renders the codex JSON Schemas from the zod schemas (the source of truth). Used by
 * scripts/generate-codex-schemas.ts to write codex/ and by the drift test to compare with it.
 * The schemas describe a card as stored (zod "output": defaults applied, unknown keys dropped).
 */

export const codexSchemaIdBase = "urn:futodama:codex:";

export function codexSchemaFileName(name: CodexSchemaName): string {
  return `${name}.schema.json`;
}

export function renderCodexSchema(name: CodexSchemaName): Record<string, unknown> {
  const generated = z.toJSONSchema(CodexSchemaByName[name], {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const { $schema, title, description, ...rest } = generated;
  // Identity first, then the body in the order zod emits it (declaration order): stable diffs.
  return { $schema, $id: `${codexSchemaIdBase}${name}`, title, description, ...rest };
}

/** File name (relative to codex/) → file content, for every card schema. */
export function renderCodexSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of codexSchemaNames) {
    files[codexSchemaFileName(name)] = `${JSON.stringify(renderCodexSchema(name), null, 2)}\n`;
  }
  return files;
}

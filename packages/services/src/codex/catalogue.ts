import {
  type CodexManifestEntry,
  isCodexSchemaName,
  NotFoundError,
  parseCodexManifest,
  renderCodexSchema,
} from "@futodama/core";
// Embedded by the bundler: the codex Lambda carries no codex/ folder, only the taxonomy.
import manifestJson from "../../../../codex/manifest.json" with { type: "json" };

export interface CodexSchemaEntry {
  id: string;
  version: string;
  title?: string;
  description: string;
  schemaUrl: string;
}

let schemaEntries: CodexManifestEntry[] | undefined;
function entries(): CodexManifestEntry[] {
  schemaEntries ??= parseCodexManifest(manifestJson).filter(
    (e) => e.kind === "schema" && isCodexSchemaName(e.name),
  );
  return schemaEntries;
}

/** The codex's card schemas with their versions, in manifest order. */
export function listCodexSchemas(): { items: CodexSchemaEntry[] } {
  return {
    items: entries().map((e) => {
      const title = isCodexSchemaName(e.name) ? renderCodexSchema(e.name).title : undefined;
      return {
        id: e.name,
        version: e.version,
        ...(typeof title === "string" ? { title } : {}),
        description: e.description,
        schemaUrl: `/api/codex/${e.name}`,
      };
    }),
  };
}

/** A card schema as JSON Schema, rendered from the zod source (what codex/*.schema.json holds). */
export function getCodexSchema(id: string): Record<string, unknown> {
  if (!isCodexSchemaName(id) || !entries().some((e) => e.name === id)) {
    throw new NotFoundError("codex.not_found", `The codex has no schema named "${id}"`);
  }
  return renderCodexSchema(id);
}

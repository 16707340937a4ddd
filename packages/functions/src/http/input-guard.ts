import { InputError } from "@futodama/core";

/**
 * Text the API refuses before any schema or query sees it: NUL (PostgreSQL cannot store it in
 * text) and lone UTF-16 surrogates (not text at all). Both only come from broken or hostile
 * clients, so they get a 400 with one stable code instead of surfacing deep down as a 500.
 */
function isCleanText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

function firstDirty(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === "string") return isCleanText(value) ? undefined : path || "(value)";
  if (depth > 32 || value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    const where = path ? `${path}.${key}` : key;
    if (!isCleanText(key)) return where;
    const dirty = firstDirty(item, where, depth + 1);
    if (dirty) return dirty;
  }
  return undefined;
}

/** Refuses NUL or lone surrogates anywhere in path parameters, query strings or a JSON body. */
export function assertCleanInput(part: "path" | "query" | "body", value: unknown): void {
  const where = firstDirty(value, "", 0);
  if (where === undefined) return;
  throw new InputError(
    "request.invalid_characters",
    `The ${part} holds a NUL character or a broken Unicode sequence (at ${where})`,
    { details: { part, at: where } },
  );
}

/** One path segment, %-decoded; a broken %-encoding is the client's mistake, not ours. */
export function decodePathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new InputError("request.invalid_path", "The path holds a broken %-encoding", {
      details: { segment: raw.slice(0, 200) },
    });
  }
}

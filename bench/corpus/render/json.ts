/**
 * JSON as Biome formats it (lineWidth 110): objects expanded, arrays of scalars on one line
 * when they fit. Writing it this way keeps `biome check` quiet on the generated files.
 */

const lineWidth = 110;

function scalar(value: unknown): string | null {
  return value === null || typeof value !== "object" ? JSON.stringify(value) : null;
}

function write(value: unknown, indent: string, prefixWidth: number, trailer: number): string {
  const flat = scalar(value);
  if (flat !== null) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const scalars = value.map(scalar);
    if (scalars.every((s) => s !== null)) {
      const oneLine = `[${scalars.join(", ")}]`;
      if (prefixWidth + oneLine.length + trailer <= lineWidth) return oneLine;
    }
    const items = value.map((item, i) => {
      const comma = i < value.length - 1 ? 1 : 0;
      return `${inner}${write(item, inner, inner.length, comma)}`;
    });
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    const comma = i < entries.length - 1 ? 1 : 0;
    return `${head}${write(v, inner, head.length, comma)}`;
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

export function formatJson(value: unknown): string {
  return `${write(value, "", 0, 0)}\n`;
}

import { InputError } from "@futodama/core";

/** Results are paged by rank: the cursor is the last rank seen. */
export function encodeRankCursor(rank: number): string {
  return Buffer.from(JSON.stringify({ rank })).toString("base64url");
}

export function decodeRankCursor(value: string): number {
  const invalid = new InputError(
    "list.invalid_cursor",
    "The list cursor is not valid; start again from the first page",
    {
      details: { cursor: value },
    },
  );
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as { rank?: unknown };
    if (typeof parsed.rank === "number" && Number.isInteger(parsed.rank) && parsed.rank >= 0)
      return parsed.rank;
  } catch (error) {
    throw new InputError(invalid.code, invalid.message, { details: { cursor: value }, cause: error });
  }
  throw invalid;
}

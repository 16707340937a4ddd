import * as z from "zod";

/**
 * Query-string pieces shared by the list routes. A query string is text, so numbers and dates
 * are parsed strictly here: `Number("0x10")` is 16 and `new Date("0000-01-01")` is a date
 * PostgreSQL cannot store, and neither should ever reach a handler.
 */

/** A page size: decimal digits only (no `0x10`, `1e2`, ` 16`), then the range. */
export function pageLimit(max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,6}$/, "limit must be a whole number written in decimal digits")
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));
}

/** The dates a record can have: from 1970 (no record is older) to 9999 (what SQL stores). */
const earliest = Date.UTC(1970, 0, 1);
const latest = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** An ISO 8601 timestamp with an offset, within what PostgreSQL's timestamptz stores. */
export const boundedDateTime = z.iso.datetime({ offset: true }).refine(
  (value) => {
    const ms = Date.parse(value);
    return Number.isFinite(ms) && ms >= earliest && ms <= latest;
  },
  { message: "the date must be between 1970-01-01 and 9999-12-31" },
);

/**
 * One value or several, comma-separated or the parameter repeated (`status=parsed,failed` or
 * `status=parsed&status=failed`: API Gateway and the local server join repeats with commas).
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .string()
    .max(2_000)
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).min(1).max(max));
}

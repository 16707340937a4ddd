import { boolean, doublePrecision, pgTable, text } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";

/**
 * Token buckets of the API's rate limits (issue 13), one row per key (`token:<tenant>:<sub>:<class>`,
 * `tenant:<tenant>:<class>`): in the database so that every Lambda instance draws from the same
 * bucket. A row is refilled lazily, by the request that reads it, from `updated_at`.
 */
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text("key").primaryKey(),
  tokens: doublePrecision("tokens").notNull(),
  capacity: doublePrecision("capacity").notNull(),
  perSecond: doublePrecision("per_second").notNull(),
  /** Whether the last request took a token (the answer the same statement returns). */
  allowed: boolean("allowed").notNull(),
  updatedAt: timestampMs("updated_at").notNull().defaultNow(),
});

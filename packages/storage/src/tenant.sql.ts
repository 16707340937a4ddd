import { pgTable, text } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";

/** Tenants come from JWTs; rows are created on first sight (ensureTenant). */
export const tenants = pgTable("tenants", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: timestampMs("created_at").notNull().defaultNow(),
});

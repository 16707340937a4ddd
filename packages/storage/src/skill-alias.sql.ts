import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { tenants } from "./tenant.sql";

/** A tenant's own names for taxonomy skills ("Navision" → sk_dynamics_nav), applied at the next parse. */
export const skillAliases = pgTable(
  "skill_aliases",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    alias: text("alias").notNull(),
    skillId: text("skill_id").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.alias] }), index("skill_aliases_tenant").on(t.tenantId)],
);

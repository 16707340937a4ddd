import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { tenants } from "./tenant.sql";

/**
 * Erased CVs, by id and time only (nothing of the CV itself): an erasure deletes the row, so a
 * candidate index elsewhere — another Lambda's warm one, or one restored from a snapshot written
 * before — learns of it here when it catches up (listResumeChanges), instead of ranking a CV
 * that no longer exists.
 */
export const resumeErasures = pgTable(
  "resume_erasures",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    resumeId: uuid("resume_id").notNull(),
    erasedAt: timestampMs("erased_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.resumeId] }),
    index("resume_erasures_tenant_erased_at_idx").on(t.tenantId, t.erasedAt),
  ],
);

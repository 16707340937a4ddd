import { asc } from "drizzle-orm";
import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import { tenants } from "../tenant.sql";

export interface TenantStorage {
  /** Creates the tenant row when missing (JWTs carry tenant ids; tenants are not pre-provisioned locally). */
  ensureTenant(tenantId: string): Promise<void>;
}

export async function ensureTenant(db: Db, tenantId: string): Promise<void> {
  await db.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
}

/** Every tenant id, in order: how a system job (the scheduled Rematch) visits tenants one by one. */
export async function listTenantIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id));
  return rows.map((row) => row.id);
}

export function tenantStorage(db: Db): TenantStorage {
  return bindDb(db, { ensureTenant });
}

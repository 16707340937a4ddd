import { asc } from "drizzle-orm";
import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import { tenants } from "../tenant.sql";

export interface TenantStorage {
  /** Creates the tenant row when missing (JWTs carry tenant ids; tenants are not pre-provisioned locally). */
  ensureTenant(tenantId: string): Promise<void>;
}

/**
 * Tenants this database handle has already seen stored. Tenant rows are never deleted, so once an
 * insert has committed the tenant stays: every later request skips the statement (it ran once per
 * upload, session and record read path — the most frequent query under load). A transaction is its
 * own handle, so an insert that might still roll back is never remembered for the database.
 */
const known = new WeakMap<Db, Set<string>>();

export async function ensureTenant(db: Db, tenantId: string): Promise<void> {
  const seen = known.get(db) ?? new Set<string>();
  if (seen.has(tenantId)) return;
  await db.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
  seen.add(tenantId);
  known.set(db, seen);
}

/** Every tenant id, in order: how a system job (the scheduled Rematch) visits tenants one by one. */
export async function listTenantIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id));
  return rows.map((row) => row.id);
}

export function tenantStorage(db: Db): TenantStorage {
  return bindDb(db, { ensureTenant });
}

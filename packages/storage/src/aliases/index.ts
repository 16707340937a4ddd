import { and, eq } from "drizzle-orm";
import type { Db } from "../database-types";
import { bindDb } from "../shared/bind";
import { skillAliases } from "../skill-alias.sql";
import { ensureTenant } from "../tenants";

export interface SkillAlias {
  alias: string;
  skillId: string;
  createdAt: Date;
}

/** A tenant's own skill names; the alias is kept as written and matched case-insensitively. */
export interface AliasStorage {
  listSkillAliases(tenantId: string): Promise<SkillAlias[]>;
  /** Adds or re-points an alias (one skill per alias and tenant). */
  putSkillAlias(tenantId: string, alias: string, skillId: string): Promise<SkillAlias>;
  deleteSkillAlias(tenantId: string, alias: string): Promise<boolean>;
}

const aliasColumns = {
  alias: skillAliases.alias,
  skillId: skillAliases.skillId,
  createdAt: skillAliases.createdAt,
};

export function listSkillAliases(db: Db, tenantId: string): Promise<SkillAlias[]> {
  return db
    .select(aliasColumns)
    .from(skillAliases)
    .where(eq(skillAliases.tenantId, tenantId))
    .orderBy(skillAliases.alias);
}

export async function putSkillAlias(
  db: Db,
  tenantId: string,
  alias: string,
  skillId: string,
): Promise<SkillAlias> {
  await ensureTenant(db, tenantId);
  const [row] = await db
    .insert(skillAliases)
    .values({ tenantId, alias: alias.trim().toLowerCase(), skillId })
    .onConflictDoUpdate({ target: [skillAliases.tenantId, skillAliases.alias], set: { skillId } })
    .returning(aliasColumns);
  if (!row) throw new Error("skill alias upsert returned no row");
  return row;
}

export async function deleteSkillAlias(db: Db, tenantId: string, alias: string): Promise<boolean> {
  const rows = await db
    .delete(skillAliases)
    .where(and(eq(skillAliases.tenantId, tenantId), eq(skillAliases.alias, alias.trim().toLowerCase())))
    .returning({ alias: skillAliases.alias });
  return rows.length > 0;
}

export function aliasStorage(db: Db): AliasStorage {
  return bindDb(db, { listSkillAliases, putSkillAlias, deleteSkillAlias });
}

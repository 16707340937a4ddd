import { loadTaxonomy } from "@futodama/core";
import type { SkillDemand, SkillOrder } from "@futodama/storage";
import type { ServiceDeps } from "../deps";

export interface SkillDemandView {
  skillId: string;
  /** The taxonomy's label (the id itself for a skill the taxonomy no longer holds). */
  label: string;
  category: string | null;
  demand: { jobs: number; share: number };
  supply: { candidates: number; share: number };
  /** demand.share − supply.share, −1..1: above 0, open jobs ask for it more often than CVs have it. */
  gap: number;
}

export interface SkillsReport {
  openJobs: number;
  candidates: number;
  order: SkillOrder;
  items: SkillDemandView[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function toSkillsReport(demand: SkillDemand, order: SkillOrder): SkillsReport {
  const taxonomy = loadTaxonomy();
  return {
    openJobs: demand.openJobs,
    candidates: demand.candidates,
    order,
    items: demand.items.map((row) => {
      const skill = taxonomy.skillById(row.skillId);
      return {
        skillId: row.skillId,
        label: skill?.label ?? row.skillId,
        category: skill?.category ?? null,
        demand: { jobs: row.demand, share: round4(row.demandShare) },
        supply: { candidates: row.supply, share: round4(row.supplyShare) },
        gap: round4(row.gap),
      };
    }),
  };
}

/** GET /api/analytics/skills: the top skills open jobs ask for, with the CVs that have them. */
export async function getSkillsReport(
  deps: Pick<ServiceDeps, "storage">,
  tenantId: string,
  options: { top: number; order: SkillOrder },
): Promise<SkillsReport> {
  return toSkillsReport(await deps.storage.getSkillDemand(tenantId, options), options.order);
}

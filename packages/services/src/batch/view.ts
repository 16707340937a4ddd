import type { BatchProgress } from "@futodama/storage";

/** A batch as the API shows it: counts, progress 0..1 and the failures with their reasons. */
export interface BatchView {
  id: string;
  kind: "job" | "resume";
  source: "api" | "drop";
  status: "processing" | "completed";
  counts: BatchProgress["counts"];
  /** Settled files (parsed, failed, duplicates) over all files. */
  progress: number;
  failures: BatchProgress["failures"];
  createdAt: string;
  completedAt: string | null;
}

export function toBatchView(batch: BatchProgress): BatchView {
  const { total, parsed, failed, duplicates } = batch.counts;
  return {
    id: batch.id,
    kind: batch.kind,
    source: batch.source,
    status: batch.completedAt === null ? "processing" : "completed",
    counts: batch.counts,
    progress: total === 0 ? 1 : Math.round(((parsed + failed + duplicates) / total) * 1000) / 1000,
    failures: batch.failures,
    createdAt: batch.createdAt.toISOString(),
    completedAt: batch.completedAt?.toISOString() ?? null,
  };
}

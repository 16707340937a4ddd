import { sql } from "drizzle-orm";
import type { Db } from "../database-types";
import { rateLimitBuckets } from "../rate-limit.sql";

export interface BucketRequest {
  key: string;
  /** Burst: the most tokens the bucket holds. */
  capacity: number;
  /** Refill rate. */
  perSecond: number;
}

export interface BucketState {
  key: string;
  /** Tokens left after this request (fractional: buckets refill continuously). */
  tokens: number;
  allowed: boolean;
}

/** The API's rate-limit buckets (issue 13). Keys carry the tenant; callers build them. */
export interface RateLimitStorage {
  /**
   * Takes one token from each bucket that has one, in one statement (an upsert whose SET reads the
   * row's old values: refill by elapsed time, capped, then minus one when at least one is there).
   * Concurrent requests on a key serialize on its row, so no token is handed out twice.
   */
  takeRateLimitTokens(requests: BucketRequest[]): Promise<BucketState[]>;
}

async function takeRateLimitTokens(db: Db, requests: BucketRequest[]): Promise<BucketState[]> {
  if (requests.length === 0) return [];
  const b = rateLimitBuckets;
  const available = sql`least(excluded.capacity, ${b.tokens} + greatest(0, extract(epoch from (now() - ${b.updatedAt}))) * excluded.per_second)`;
  const rows = await db
    .insert(b)
    .values(
      requests.map((r) => ({
        key: r.key,
        tokens: r.capacity - 1,
        capacity: r.capacity,
        perSecond: r.perSecond,
        allowed: r.capacity >= 1,
      })),
    )
    .onConflictDoUpdate({
      target: b.key,
      set: {
        tokens: sql`case when ${available} >= 1 then ${available} - 1 else ${available} end`,
        allowed: sql`${available} >= 1`,
        capacity: sql`excluded.capacity`,
        perSecond: sql`excluded.per_second`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ key: b.key, tokens: b.tokens, allowed: b.allowed });
  return rows;
}

export function rateLimitStorage(db: Db): RateLimitStorage {
  return { takeRateLimitTokens: (requests) => takeRateLimitTokens(db, requests) };
}

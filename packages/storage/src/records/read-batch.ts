import { setImmediate } from "node:timers";
import { isUuid } from "../cursor";
import type { Db } from "../database-types";
import { recordRowsById } from "./read";
import { type RecordRow, toCardRecord } from "./rows";
import type { CardRecord, DocumentKind } from "./types";

/** Ids per statement. A batch is padded to the next power of two so that few statement texts exist. */
const maxBatch = 64;

interface Waiter {
  id: string;
  resolve(record: CardRecord | null): void;
  reject(error: unknown): void;
}

interface Group {
  tenantId: string;
  kind: DocumentKind;
  waiters: Waiter[];
}

function padded(ids: string[]): string[] {
  let size = 1;
  while (size < ids.length) size *= 2;
  return [...ids, ...Array<string>(size - ids.length).fill(ids[ids.length - 1] ?? "")];
}

/**
 * Gets by id that arrive in the same turn of the event loop are read by one statement, per
 * tenant and kind. A statement's fixed cost (on PGlite ~0.45 ms of WASM per statement, on Neon
 * a round trip) is paid once per batch instead of once per get: measured over 10,000 CVs,
 * 0.94 ms per get alone, 0.33 ms per get in batches of 20. A lone get waits one turn of the
 * loop (`setImmediate`, from `node:timers` so a test's fake timers cannot hold it), nothing more.
 * Reads only, outside any transaction: a get issued after a write returned sees the write.
 */
export function batchedGetRecord(db: Db) {
  const pending = new Map<string, Group>();
  let scheduled = false;

  const read = async ({ tenantId, kind, waiters }: Group): Promise<void> => {
    try {
      const ids = [...new Set(waiters.map((w) => w.id))];
      const rows = await recordRowsById(db, tenantId, kind, padded(ids));
      const byId = new Map<string, RecordRow>(rows.map((row) => [row.id, row]));
      const handedOut = new Set<string>();
      for (const waiter of waiters) {
        const row = byId.get(waiter.id);
        if (!row) {
          waiter.resolve(null);
          continue;
        }
        // Two gets of one id in a batch each own their record: a caller may change what it got.
        waiter.resolve(toCardRecord(kind, handedOut.has(waiter.id) ? structuredClone(row) : row));
        handedOut.add(waiter.id);
      }
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
    }
  };

  const flush = () => {
    scheduled = false;
    const groups = [...pending.values()];
    pending.clear();
    for (const group of groups)
      for (let i = 0; i < group.waiters.length; i += maxBatch)
        void read({ ...group, waiters: group.waiters.slice(i, i + maxBatch) });
  };

  return <K extends DocumentKind>(tenantId: string, kind: K, id: string): Promise<CardRecord<K> | null> => {
    if (!isUuid(id)) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const key = `${tenantId}\u0000${kind}`;
      let group = pending.get(key);
      if (!group) {
        group = { tenantId, kind, waiters: [] };
        pending.set(key, group);
      }
      // PostgreSQL writes a uuid in lower case; the caller may not have.
      group.waiters.push({ id: id.toLowerCase(), resolve: resolve as Waiter["resolve"], reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}

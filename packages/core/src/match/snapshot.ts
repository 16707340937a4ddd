import { bundledRules } from "../codex/rules";
import { loadTaxonomy } from "../taxonomy/load";
import { CandidateIndex } from "./candidate-index";
import { FEATURES_VERSION } from "./features";
import type { ShardScope } from "./shards";
import {
  ALIGN,
  bytesOf,
  columnsOf,
  internersOf,
  invertPool,
  padded,
  postingSources,
  SEPARATOR,
  stringTable,
} from "./snapshot-layout";
import { CandidateStore } from "./store";

/*
 * A tenant's candidate index as one binary blob (docs/architecture.md, "Candidate index
 * snapshots"): a small JSON header, then the store's typed columns and string tables byte for
 * byte, each section 8-byte aligned so a loader maps them as typed-array views without copying.
 * The posting lists are rebuilt from the pools (snapshot-layout.ts invertPool). Loading is
 * therefore a few views, Maps and a counting sort, not a million candidateFeatures() calls.
 *
 *   "FIDX" | u32 LE header length | header JSON | pad to 8 | sections (each padded to 8)
 */

/** Bump when the layout below changes: an older snapshot is then ignored and rebuilt. */
export const INDEX_SNAPSHOT_FORMAT = 1;
const MAGIC = "FIDX";

export interface SnapshotSection {
  name: string;
  /** From the start of the body, a multiple of 8. */
  offset: number;
  bytes: number;
  /** Elements (strings for a string table). */
  count: number;
}

export interface IndexSnapshotHeader {
  format: number;
  /** candidateFeatures' version (features.ts): what a row means. */
  featuresVersion: number;
  /** The taxonomy and rules the features were derived with (skill ids, titles, occupations). */
  codexVersion: string;
  tenantId: string;
  /** The shard it holds (shards.ts); absent for a tenant kept whole. */
  shard?: ShardScope;
  /** Live candidates. */
  count: number;
  /** The newest updated_at applied (ISO): a loader catches up on rows changed after it. */
  watermark: string;
  createdAt: string;
  dead: number;
  sections: SnapshotSection[];
}

/** What a snapshot must have been written with to be used as it is. */
export function currentCodexVersion(): string {
  return `taxonomy ${loadTaxonomy().version}; seniority ${bundledRules.seniority.version}`;
}

export interface SnapshotMeta {
  tenantId: string;
  watermark: Date;
  shard?: ShardScope | undefined;
}

/** The index as a snapshot blob (the index itself is not changed). */
export function encodeIndexSnapshot(index: CandidateIndex, meta: SnapshotMeta): Uint8Array {
  const s = index.storage() as CandidateStore;
  const parts: Array<[string, Uint8Array, number]> = [];
  for (const [name, column] of Object.entries(columnsOf(s))) {
    parts.push([name, bytesOf(column.data.subarray(0, column.length)), column.length]);
  }
  for (const [name, interner] of Object.entries(internersOf(s))) {
    parts.push([name, stringTable(interner.values), interner.values.length]);
  }
  parts.push(["ids", stringTable(s.ids), s.ids.length]);
  const sections: SnapshotSection[] = [];
  let offset = 0;
  for (const [name, bytes, count] of parts) {
    sections.push({ name, offset, bytes: bytes.byteLength, count });
    offset = padded(offset + bytes.byteLength);
  }
  const header: IndexSnapshotHeader = {
    format: INDEX_SNAPSHOT_FORMAT,
    featuresVersion: FEATURES_VERSION,
    codexVersion: currentCodexVersion(),
    tenantId: meta.tenantId,
    ...(meta.shard ? { shard: { shard: meta.shard.shard, of: meta.shard.of } } : {}),
    count: index.size,
    watermark: meta.watermark.toISOString(),
    createdAt: new Date().toISOString(),
    dead: s.dead,
    sections,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = padded(8 + json.byteLength);
  const out = new Uint8Array(bodyStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.byteLength, true);
  out.set(json, 8);
  parts.forEach(([, bytes], i) => {
    out.set(bytes, bodyStart + (sections[i]?.offset ?? 0));
  });
  return out;
}

/** The header alone (cheap): whether a snapshot is worth decoding. */
export function readSnapshotHeader(blob: Uint8Array): { header: IndexSnapshotHeader; bodyStart: number } {
  if (blob.byteLength < 8 || new TextDecoder().decode(blob.subarray(0, 4)) !== MAGIC) {
    throw new RangeError("Not a candidate index snapshot");
  }
  const length = new DataView(blob.buffer, blob.byteOffset, 8).getUint32(4, true);
  if (8 + length > blob.byteLength) throw new RangeError("The snapshot is truncated");
  const header = JSON.parse(new TextDecoder().decode(blob.subarray(8, 8 + length))) as IndexSnapshotHeader;
  return { header, bodyStart: padded(8 + length) };
}

/** Why a snapshot cannot be used as it is (another format, features or codex), or null. */
export function staleSnapshotReason(header: IndexSnapshotHeader): string | null {
  if (header.format !== INDEX_SNAPSHOT_FORMAT) return `format ${header.format} ≠ ${INDEX_SNAPSHOT_FORMAT}`;
  if (header.featuresVersion !== FEATURES_VERSION) {
    return `features version ${header.featuresVersion} ≠ ${FEATURES_VERSION}`;
  }
  const codex = currentCodexVersion();
  return header.codexVersion === codex ? null : `codex "${header.codexVersion}" ≠ "${codex}"`;
}

/** The index a snapshot holds; its typed columns are views on the blob (copied once if misaligned). */
export function decodeIndexSnapshot(blob: Uint8Array): {
  header: IndexSnapshotHeader;
  index: CandidateIndex;
} {
  const { header, bodyStart } = readSnapshotHeader(blob);
  const stale = staleSnapshotReason(header);
  if (stale !== null) throw new RangeError(`The snapshot is stale: ${stale}`);
  // Typed-array views need their element alignment: a pooled Buffer may start anywhere.
  const aligned = (blob.byteOffset + bodyStart) % ALIGN === 0 ? blob : blob.slice();
  const base = aligned.byteOffset + bodyStart;
  const byName = new Map(header.sections.map((section) => [section.name, section]));
  const section = (name: string) => {
    const found = byName.get(name);
    if (found === undefined || bodyStart + found.offset + found.bytes > aligned.byteLength) {
      throw new RangeError(`The snapshot has no complete section ${name}`);
    }
    return found;
  };
  const strings = (name: string) => {
    const { offset, bytes, count } = section(name);
    if (count === 0) return [];
    const text = new TextDecoder().decode(aligned.subarray(bodyStart + offset, bodyStart + offset + bytes));
    return text.split(SEPARATOR);
  };
  const store = new CandidateStore();
  for (const [name, column] of Object.entries(columnsOf(store))) {
    const { offset, bytes, count } = section(name);
    const Typed = column.data.constructor as new (
      b: ArrayBufferLike,
      o: number,
      n: number,
    ) => typeof column.data;
    if (bytes !== count * column.data.BYTES_PER_ELEMENT)
      throw new RangeError(`Section ${name} has the wrong width`);
    column.data = new Typed(aligned.buffer, base + offset, count);
    column.length = count;
  }
  for (const [name, interner] of Object.entries(internersOf(store)))
    for (const v of strings(name)) interner.intern(v);
  store.ids = strings("ids");
  const alive = store.alive.data;
  store.ids.forEach((id, ord) => {
    if (alive[ord] === 1) store.ordinals.set(id, ord);
  });
  store.dead = header.dead;
  for (const { lists, ranges, pool, keys } of postingSources(store)) {
    invertPool(store.rows, ranges, pool.data, keys, lists);
  }
  if (store.rows !== store.alive.length || store.ordinals.size !== header.count) {
    throw new RangeError("The snapshot's rows do not add up");
  }
  return { header, index: new CandidateIndex(store) };
}

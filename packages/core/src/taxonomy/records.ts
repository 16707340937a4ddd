import type { SectionBytes } from "./bytes";

/**
 * A list of records stored one JSON object a line (`{"id":…` first), parsed one at a time when
 * first asked for. The compact taxonomy keeps its ~23k skills and ~50k titles this way: a cold
 * process that reads one CV parses the few hundred its lookups touch, not 9 MB of JSON — and,
 * from the section cache, reads only those lines (bytes.ts).
 */
export class LazyRecords<T extends { id: string }> {
  /** Records parsed so far, by line: a Map, since a lookup touches few of ~23k. */
  private readonly parsed = new Map<number, T>();
  private byId: Map<string, number> | undefined;
  private everything: T[] | undefined;

  constructor(
    private readonly text: SectionBytes,
    /** Where each line starts, and one past the last line's end (lineStarts). */
    private readonly starts: ArrayLike<number>,
    /** Completes a record as parsed (fields the file leaves out when they equal another). */
    private readonly complete: (raw: T) => T,
  ) {}

  get length(): number {
    return Math.max(0, this.starts.length - 1);
  }

  at(i: number): T {
    let record = this.parsed.get(i);
    if (record === undefined) {
      const start = this.starts[i];
      const next = this.starts[i + 1];
      if (start === undefined || next === undefined)
        throw new Error("The compact taxonomy is corrupt: an index out of range");
      record = this.complete(JSON.parse(this.text.read(start, next - 1).toString("utf8")) as T);
      this.parsed.set(i, record);
    }
    return record;
  }

  /** The record with this id: ids are read off the line heads, once, without parsing the records. */
  get(id: string): T | undefined {
    if (this.byId === undefined) {
      const head = '{"id":';
      // Every line's head is read: the whole text at once.
      const text = this.text.whole();
      this.byId = new Map();
      for (let i = 0; i < this.length; i++) {
        const start = (this.starts[i] ?? 0) + head.length;
        const end = text.indexOf(0x2c, start); // ids hold no comma (slugs and codes)
        this.byId.set(JSON.parse(text.toString("utf8", start, end)) as string, i);
      }
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  /** Every record (parses the rest); the same array on every call. */
  all(): T[] {
    if (this.everything === undefined) {
      this.everything = [];
      for (let i = 0; i < this.length; i++) this.everything.push(this.at(i));
    }
    return this.everything;
  }
}

/** Where each line of `text` starts, then one past the last line's end: what LazyRecords indexes by. */
export function lineStarts(text: Buffer): Uint32Array {
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    starts.push(at);
    const end = text.indexOf(0x0a, at);
    at = end < 0 ? text.length : end + 1;
  }
  starts.push(text.length + 1);
  return Uint32Array.from(starts);
}

/** The lines LazyRecords reads: one JSON object a line, `id` first. */
export function recordLines(records: readonly { id: string }[]): string {
  return records
    .map((record) => {
      const { id, ...rest } = record;
      const line = JSON.stringify({ id, ...rest });
      if (id.includes(",")) throw new Error(`The record ${id} cannot be stored one a line`);
      return line;
    })
    .join("\n");
}

/** Growable typed arrays: the index's columns and posting lists. */

type Typed = Int32Array | Uint16Array | Uint8Array | Int8Array;
type TypedCtor<T extends Typed> = { new (length: number): T };

export class Column<T extends Typed> {
  data: T;
  length = 0;
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 16,
  ) {
    this.data = new ctor(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }
  /** Makes room for `length` entries without changing `length`. */
  grow(length: number): void {
    if (length <= this.data.length) return;
    const next = new this.ctor(Math.max(length, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

export const int32 = (capacity?: number) => new Column(Int32Array, capacity);
export const uint16 = (capacity?: number) => new Column(Uint16Array, capacity);
export const uint8 = (capacity?: number) => new Column(Uint8Array, capacity);
export const int8 = (capacity?: number) => new Column(Int8Array, capacity);

/** Strings to dense ints and back. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
  /** -1 when the value was never interned. */
  find(value: string | null): number {
    return value === null ? -1 : (this.ids.get(value) ?? -1);
  }
}

/**
 * Top k by (score desc, id asc) without sorting everything: a bounded min-heap whose root is
 * the worst entry kept.
 */
export class TopHeap {
  readonly scores: Float64Array;
  readonly ords: Int32Array;
  size = 0;
  constructor(
    readonly k: number,
    private readonly idOf: (ord: number) => string,
  ) {
    this.scores = new Float64Array(k);
    this.ords = new Int32Array(k);
  }
  /** a ranks below b. */
  private worse(sa: number, oa: number, sb: number, ob: number): boolean {
    return sa < sb || (sa === sb && this.idOf(oa) > this.idOf(ob));
  }
  get full(): boolean {
    return this.size === this.k;
  }
  /** The worst score kept (only meaningful when full). */
  get min(): number {
    return this.scores[0] ?? Number.NEGATIVE_INFINITY;
  }
  offer(score: number, ord: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(score, ord, this.scores[p] ?? 0, this.ords[p] ?? 0)) break;
        this.scores[i] = this.scores[p] ?? 0;
        this.ords[i] = this.ords[p] ?? 0;
        i = p;
      }
      this.scores[i] = score;
      this.ords[i] = ord;
      return;
    }
    if (!this.worse(this.scores[0] ?? 0, this.ords[0] ?? 0, score, ord)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      let c = l;
      if (
        r < this.size &&
        this.worse(this.scores[r] ?? 0, this.ords[r] ?? 0, this.scores[l] ?? 0, this.ords[l] ?? 0)
      )
        c = r;
      if (!this.worse(this.scores[c] ?? 0, this.ords[c] ?? 0, score, ord)) break;
      this.scores[i] = this.scores[c] ?? 0;
      this.ords[i] = this.ords[c] ?? 0;
      i = c;
    }
    this.scores[i] = score;
    this.ords[i] = ord;
  }
  /** Best first. */
  sorted(): Array<{ ord: number; score: number }> {
    const out: Array<{ ord: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ ord: this.ords[i] ?? 0, score: this.scores[i] ?? 0 });
    return out.sort((a, b) => b.score - a.score || (this.idOf(a.ord) < this.idOf(b.ord) ? -1 : 1));
  }
}

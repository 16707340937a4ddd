import { combineScores, fractionMet, languageScore, locationScore, titleScore } from "./categories";
import { TopHeap } from "./columns";
import {
  categoryOffset,
  MUST_MET,
  ordinalScorer,
  type PreparedRequirement,
  STRIDE,
  similarOffset,
  TOUCHED,
  upperBound,
} from "./index-scoring";
import { scoreCandidate } from "./score";
import { CandidateStore, compacted } from "./store";
import type { CandidateFeatures, JobQuery, MatchResult } from "./types";

/**
 * An in-memory index of one tenant's candidates (DESIGN.md §6, docs/scoring.md): typed
 * columns, posting lists per skill and per word, top-k by a bounded heap. Its scores equal
 * scoreCandidate's for the same features.
 */
export class CandidateIndex {
  /** A store decoded from a snapshot (snapshot.ts) becomes an index as it is. */
  constructor(private store = new CandidateStore()) {}
  private counters = new Uint16Array(0);
  private stamps = new Int32Array(0);
  private wordHits = new Uint8Array(0);
  private touched = new Int32Array(0);
  private byWord = new Int32Array(0);
  private stamp = 0;

  add(id: string, features: CandidateFeatures): void {
    this.store.delete(id);
    this.store.append(id, features);
    this.maybeCompact();
  }

  remove(id: string): boolean {
    const removed = this.store.delete(id);
    if (removed) this.maybeCompact();
    return removed;
  }

  has(id: string): boolean {
    return this.store.ordinals.has(id);
  }

  get size(): number {
    return this.store.ordinals.size;
  }

  /** The columns as they are, for writing a snapshot (snapshot.ts); never to be mutated. */
  storage(): Readonly<CandidateStore> {
    return this.store;
  }

  explain(job: JobQuery, id: string): MatchResult | null {
    const ord = this.store.ordinals.get(id);
    return ord === undefined ? null : scoreCandidate(job, this.store.features(ord));
  }

  topK(job: JobQuery, k: number): Array<{ id: string; score: number }> {
    const s = this.store;
    const ids = s.ids;
    const heap = new TopHeap(Math.max(0, Math.min(Math.floor(k), this.size)), (ord) => ids[ord] ?? "");
    if (heap.k === 0) return [];
    this.ensureScratch();
    const reqs = this.prepare(job);
    const reached = this.collect(reqs);
    const touched = this.touched;
    const c = this.counters;
    const scorer = ordinalScorer(s, this.counters, job, reqs);
    const { upper, bucketBound } = upperBound(this.counters, job, reqs);
    let maxMet = 0;
    for (let i = 0; i < reached; i++)
      maxMet = Math.max(maxMet, c[(touched[i] ?? 0) * STRIDE + MUST_MET] ?? 0);
    // Most must-haves met first, so the heap fills with strong candidates and the rest are skipped.
    for (let met = maxMet; met >= 0; met--) {
      if (heap.full && bucketBound(met) < heap.min - 0.1) break;
      for (let i = 0; i < reached; i++) {
        const ord = touched[i] ?? 0;
        if (c[ord * STRIDE + MUST_MET] !== met) continue;
        // Skip a candidate whose best case (every cheap category perfect) cannot reach the heap.
        if (heap.full && upper(ord) < heap.min - 0.1) continue;
        heap.offer(scorer(ord), ord);
      }
    }

    // Candidates no posting list reached meet no skill or word requirement: bound them first.
    const mustWithoutDegree = reqs.filter((r) => r.must && r.degreeRank === 0).length;
    const counts = [0, 0, 0];
    const degrees = [0, 0, 0];
    for (const r of reqs) {
      counts[r.offset / 2] = (counts[r.offset / 2] ?? 0) + 1;
      if (r.degreeRank > 0) degrees[r.offset / 2] = (degrees[r.offset / 2] ?? 0) + 1;
    }
    const fraction = (i: number) => fractionMet(degrees[i] ?? 0, 0, counts[i] ?? 0, job.relatedCredit);
    const ceiling = (v: number) => (Number.isNaN(v) ? v : 1);
    const bound = combineScores(
      [
        fraction(0),
        fraction(1),
        ceiling(titleScore(job.title, 2, job.title.tokens.length)),
        job.years === null && job.seniorityRank === null ? Number.NaN : 1,
        ceiling(languageScore(job, () => 6)),
        ceiling(locationScore(job.location, true, true, true)),
        fraction(2),
      ],
      job.weights,
      mustWithoutDegree,
      job.missingFactor,
    );
    if (!heap.full || heap.min <= bound) {
      const alive = s.alive.data;
      const c = this.counters;
      for (let ord = 0; ord < s.rows; ord++) {
        if (alive[ord] === 1 && c[ord * STRIDE + TOUCHED] === 0) heap.offer(scorer(ord), ord);
      }
    }
    if (reached * 16 > s.rows) c.fill(0, 0, s.rows * STRIDE);
    else
      for (let i = 0; i < reached; i++)
        c.fill(0, (touched[i] ?? 0) * STRIDE, ((touched[i] ?? 0) + 1) * STRIDE);
    return heap.sorted().map(({ ord, score }) => ({ id: ids[ord] ?? "", score }));
  }

  private prepare(job: JobQuery): PreparedRequirement[] {
    const s = this.store;
    const known = (v: number) => v >= 0;
    return job.requirements.map((r) => ({
      offset: categoryOffset[r.category],
      must: r.must,
      exact: r.skillIds.map((id) => s.skillIds.find(id)).filter(known),
      related: r.relatedIds.map((id) => s.skillIds.find(id)).filter(known),
      similar: r.similar.map((sim) => s.skillIds.find(sim.id)).filter(known),
      words: r.tokens.map((t) => s.words.find(t)).filter(known),
      need: r.need,
      degreeRank: r.degreeRank,
    }));
  }

  /** Walks the posting lists of every requirement; the ordinals reached go to this.touched. */
  private collect(reqs: PreparedRequirement[]): number {
    const s = this.store;
    const alive = s.alive.data;
    const c = this.counters;
    const stamps = this.stamps;
    const hits = this.wordHits;
    const touched = this.touched;
    let reached = 0;
    for (const r of reqs) {
      if (r.degreeRank > 0) continue;
      const stamp = this.nextStamp();
      const must = r.must ? 1 : 0;
      // The scorer's order: the skill itself, then the words, then a related skill, then a similar one.
      const walk = (keys: number[], at: number) => {
        for (const key of keys) {
          const list = s.skillPostings[key];
          if (list === undefined) continue;
          const data = list.data;
          for (let i = 0, n = list.length; i < n; i++) {
            const ord = data[i] as number;
            if (alive[ord] !== 1 || stamps[ord] === stamp) continue;
            stamps[ord] = stamp;
            const base = ord * STRIDE;
            if (c[base + TOUCHED] === 0) {
              c[base + TOUCHED] = 1;
              touched[reached++] = ord;
            }
            c[base + at] = (c[base + at] as number) + 1;
            c[base + MUST_MET] = (c[base + MUST_MET] as number) + must;
          }
        }
      };
      walk(r.exact, r.offset);
      if (r.words.length > 0) {
        const byWord = this.byWord;
        let m = 0;
        for (const key of r.words) {
          const list = s.tokenPostings[key];
          if (list === undefined) continue;
          const data = list.data;
          for (let i = 0, n = list.length; i < n; i++) {
            const ord = data[i] as number;
            if (alive[ord] !== 1 || stamps[ord] === stamp) continue;
            if (hits[ord] === 0) byWord[m++] = ord;
            hits[ord] = (hits[ord] as number) + 1;
          }
        }
        for (let i = 0; i < m; i++) {
          const ord = byWord[i] as number;
          const base = ord * STRIDE;
          if (c[base + TOUCHED] === 0) {
            c[base + TOUCHED] = 1;
            touched[reached++] = ord;
          }
          const h = hits[ord] as number;
          hits[ord] = 0;
          if (h < r.need) continue;
          stamps[ord] = stamp;
          c[base + r.offset] = (c[base + r.offset] as number) + 1;
          c[base + MUST_MET] = (c[base + MUST_MET] as number) + must;
        }
      }
      walk(r.related, r.offset + 1);
      walk(r.similar, similarOffset(r.offset));
    }
    return reached;
  }

  private ensureScratch(): void {
    const rows = this.store.rows;
    if (this.stamps.length >= rows) return;
    const capacity = Math.max(rows, this.stamps.length * 2, 1024);
    this.counters = new Uint16Array(capacity * STRIDE);
    this.stamps = new Int32Array(capacity);
    this.wordHits = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
    this.byWord = new Int32Array(capacity);
    this.stamp = 0;
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Rebuilds without tombstones once a quarter of the rows are dead. */
  private maybeCompact(): void {
    const s = this.store;
    if (s.dead < 1024 || s.dead * 4 < s.rows) return;
    this.store = compacted(s);
    this.stamps = new Int32Array(0);
  }
}

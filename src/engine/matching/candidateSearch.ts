import { BestKeys } from "./bestKeys";
import type { Vectors } from "./gramTable";
import { StableOrder } from "./stableOrder";

/**
 * Postings read per current task to find its candidates: bounds the work per task at any size. On the
 * published sheets (100–300 tasks a side) the matches are the same as reading every posting.
 */
export const CANDIDATE_POSTINGS = 1500;
/**
 * When the budget binds, an n-gram this close (in the task's n-gram order) to one already read is read
 * only after the others: neighbouring n-grams of one phrase find the same prior tasks, so the budget goes
 * further spread over every phrase of the task (docs/decisions/matching.md).
 */
const SPREAD_GAP = 3;

/** Prior tasks by n-gram number, as flat arrays: the prior tasks holding n-gram g are docs[start[g] … start[g + 1]). */
export interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

/**
 * The prior tasks worth scoring exactly for one current task. The rarest n-grams first give a partial score
 * (their share of the cosine) to every prior task holding one, until the budget of postings is spent; the
 * best few by partial score are the shortlist. Scratch arrays are kept from task to task.
 */
export class CandidateSearch {
  /** Each n-gram's place in the order of document frequency (the dense rank: equal frequencies share one). */
  private readonly rarityRank: Int32Array;
  /** The rarity rank of each of the task's n-grams, by position. */
  private readonly ranks: Int32Array;
  private readonly order: StableOrder;
  private readonly nearRead: Uint8Array;
  private readonly deferred: Int32Array;
  private readonly partial: Float64Array;
  /** Prior tasks given a partial score; one is listed again when its score is still 0 after a posting (a weightless n-gram). */
  private touched: Int32Array;
  private touchedCount = 0;
  private budget = 0;
  private readonly best: BestKeys;

  constructor(
    private readonly query: Vectors,
    private readonly postings: Postings,
    df: readonly number[],
    priorCount: number,
    private readonly budgetPerTask: number,
    shortlistSize: number,
  ) {
    this.best = new BestKeys(shortlistSize);
    let longest = 0;
    for (let i = 0; i + 1 < query.start.length; i++) longest = Math.max(longest, query.start[i + 1] - query.start[i]);
    // The distinct frequencies in order, each numbered by its place.
    const rankOf = new Map<number, number>();
    for (const frequency of Float64Array.from(df).sort()) if (!rankOf.has(frequency)) rankOf.set(frequency, rankOf.size);
    this.rarityRank = Int32Array.from(df, (frequency) => rankOf.get(frequency) ?? 0);
    this.ranks = new Int32Array(longest);
    this.order = new StableOrder(longest, rankOf.size);
    this.nearRead = new Uint8Array(longest);
    this.deferred = new Int32Array(longest);
    this.partial = new Float64Array(priorCount);
    this.touched = new Int32Array(Math.max(16, priorCount));
  }

  /**
   * The shortlist of current task i: prior tasks, best partial score first, a prior task listed again where
   * it was touched twice. Valid until the next call.
   */
  shortlist(i: number): { keys: Int32Array; size: number } {
    const { query, rarityRank, ranks, nearRead, deferred } = this;
    const postingStart = this.postings.start;
    const first = query.start[i];
    const count = query.start[i + 1] - first;
    let all = 0;
    for (let k = 0; k < count; k++) {
      const id = query.ids[first + k];
      ranks[k] = rarityRank[id];
      all += postingStart[id + 1] - postingStart[id];
    }
    // Rarest first, ties in text order. Most tasks read about two thirds of their n-grams (the spread puts
    // many off): ordered whole at once.
    const rarest = this.order.of(ranks, count);
    const spread = all > this.budgetPerTask;
    if (spread) for (let k = 0; k < count; k++) nearRead[k] = 0;
    this.touchedCount = 0;
    this.budget = this.budgetPerTask;
    let deferredCount = 0;
    let open = true;
    for (let r = 0; open && r < count; r++) {
      const k = rarest[r];
      if (spread && nearRead[k] === 1) {
        deferred[deferredCount++] = k;
        continue;
      }
      open = this.read(first + k);
      if (spread) for (let m = Math.max(0, k - SPREAD_GAP), to = Math.min(count, k + SPREAD_GAP + 1); m < to; m++) nearRead[m] = 1;
    }
    for (let d = 0; open && d < deferredCount; d++) open = this.read(first + deferred[d]);
    this.best.choose(this.touched, this.touchedCount, this.partial);
    for (let n = 0; n < this.touchedCount; n++) this.partial[this.touched[n]] = 0;
    return this.best;
  }

  /** Adds the postings of the query's n-gram at `at` to the partial scores; false once the budget is spent. */
  private read(at: number): boolean {
    const { postings, partial } = this;
    const id = this.query.ids[at];
    const from = postings.start[id];
    const to = postings.start[id + 1];
    if (to - from > this.budget && this.touchedCount > 0) return false;
    this.budget -= to - from;
    // Room for every posting at once, so the loop below checks nothing but the score (the hottest loop).
    if (this.touchedCount + (to - from) > this.touched.length) {
      const more = new Int32Array(Math.max(this.touched.length * 2, this.touchedCount + (to - from)));
      more.set(this.touched);
      this.touched = more;
    }
    const { docs, weights } = postings;
    const touched = this.touched;
    const weight = this.query.values[at];
    let touchedCount = this.touchedCount;
    // Four postings a pass, loads first: they are independent (one n-gram's postings are distinct prior
    // tasks), and the processor overlaps them; V8 unrolls nothing itself.
    let n = from;
    for (; n + 3 < to; n += 4) {
      const p0 = docs[n];
      const p1 = docs[n + 1];
      const p2 = docs[n + 2];
      const p3 = docs[n + 3];
      const score0 = partial[p0];
      const score1 = partial[p1];
      const score2 = partial[p2];
      const score3 = partial[p3];
      if (score0 === 0) touched[touchedCount++] = p0;
      if (score1 === 0) touched[touchedCount++] = p1;
      if (score2 === 0) touched[touchedCount++] = p2;
      if (score3 === 0) touched[touchedCount++] = p3;
      partial[p0] = score0 + weight * weights[n];
      partial[p1] = score1 + weight * weights[n + 1];
      partial[p2] = score2 + weight * weights[n + 2];
      partial[p3] = score3 + weight * weights[n + 3];
    }
    for (; n < to; n++) {
      const p = docs[n];
      const score = partial[p];
      if (score === 0) touched[touchedCount++] = p;
      partial[p] = score + weight * weights[n];
    }
    this.touchedCount = touchedCount;
    return this.budget > 0;
  }
}

/** The postings of `vectors`' documents (see Postings). */
export function postingsOf(vectors: Vectors, docCount: number, grams: number): Postings {
  const start = new Int32Array(grams + 1);
  for (let k = 0; k < vectors.ids.length; k++) start[vectors.ids[k] + 1]++;
  for (let g = 0; g < grams; g++) start[g + 1] += start[g];
  const fill = start.slice(0, grams);
  const total = start[grams];
  const docs = new Int32Array(total);
  const weights = new Float64Array(total);
  for (let doc = 0; doc < docCount; doc++) {
    for (let k = vectors.start[doc]; k < vectors.start[doc + 1]; k++) {
      const id = vectors.ids[k];
      docs[fill[id]] = doc;
      weights[fill[id]++] = vectors.values[k];
    }
  }
  return { start, docs, weights };
}

import type { Vectors } from "./gramTable";

/**
 * The current task's weights spread over a dense array by n-gram number, so that its dot product with any
 * prior task is one pass over that task's n-grams. Cleared again after each current task.
 */
export class Scatter {
  private readonly dense: Float64Array;
  private loaded: Vectors | null = null;
  private sharedIds = new Int32Array(0);
  private sharedWeights = new Float64Array(0);
  private doc = 0;
  constructor(size: number) {
    this.dense = new Float64Array(size);
  }
  load(vectors: Vectors, doc: number): void {
    this.clear();
    for (let k = vectors.start[doc]; k < vectors.start[doc + 1]; k++) this.dense[vectors.ids[k]] = vectors.values[k];
    this.loaded = vectors;
    this.doc = doc;
  }
  clear(): void {
    const vectors = this.loaded;
    if (vectors === null) return;
    for (let k = vectors.start[this.doc]; k < vectors.start[this.doc + 1]; k++) this.dense[vectors.ids[k]] = 0;
    this.loaded = null;
  }
  /**
   * The cosine with each of prior tasks docs[0 … count), into out. Four at a time: each sum is a chain of
   * additions, one waiting for the other, in the prior task's n-gram order (kept, for the same rounding);
   * four chains side by side keep the processor busy.
   */
  cosines(prior: Vectors, docs: Int32Array, count: number, out: Float64Array): void {
    // Locals, not fields, in the loops: V8 reloads a field every pass.
    const { start, ids, values } = prior;
    const dense = this.dense;
    let d = 0;
    for (; d + 3 < count; d += 4) {
      // No destructuring: V8 would make and walk an array for it.
      let k0 = start[docs[d]];
      let k1 = start[docs[d + 1]];
      let k2 = start[docs[d + 2]];
      let k3 = start[docs[d + 3]];
      const to0 = start[docs[d] + 1];
      const to1 = start[docs[d + 1] + 1];
      const to2 = start[docs[d + 2] + 1];
      const to3 = start[docs[d + 3] + 1];
      let sum0 = 0;
      let sum1 = 0;
      let sum2 = 0;
      let sum3 = 0;
      for (const end = k0 + Math.min(to0 - k0, to1 - k1, to2 - k2, to3 - k3); k0 < end; k0++, k1++, k2++, k3++) {
        sum0 += dense[ids[k0]] * values[k0];
        sum1 += dense[ids[k1]] * values[k1];
        sum2 += dense[ids[k2]] * values[k2];
        sum3 += dense[ids[k3]] * values[k3];
      }
      for (; k0 < to0; k0++) sum0 += dense[ids[k0]] * values[k0];
      for (; k1 < to1; k1++) sum1 += dense[ids[k1]] * values[k1];
      for (; k2 < to2; k2++) sum2 += dense[ids[k2]] * values[k2];
      for (; k3 < to3; k3++) sum3 += dense[ids[k3]] * values[k3];
      out[d] = sum0;
      out[d + 1] = sum1;
      out[d + 2] = sum2;
      out[d + 3] = sum3;
    }
    for (; d < count; d++) {
      let sum = 0;
      for (let k = start[docs[d]], to = start[docs[d] + 1]; k < to; k++) sum += dense[ids[k]] * values[k];
      out[d] = sum;
    }
  }
  /** The n-grams both share, most telling (largest product) first, ties by n-gram number; at most `limit`. */
  shared(prior: Vectors, doc: number, limit: number): number[] {
    // The best `limit` kept in order as they come (insertion): the full list is longer and needs no order.
    if (this.sharedIds.length < limit) {
      this.sharedIds = new Int32Array(limit);
      this.sharedWeights = new Float64Array(limit);
    }
    const ids = this.sharedIds;
    const weights = this.sharedWeights;
    let size = 0;
    for (let k = prior.start[doc]; k < prior.start[doc + 1]; k++) {
      const id = prior.ids[k];
      const w = this.dense[id] * prior.values[k];
      if (!(w > 0)) continue;
      let at = size;
      while (at > 0 && (weights[at - 1] < w || (weights[at - 1] === w && ids[at - 1] > id))) at--;
      if (at >= limit) continue;
      if (size < limit) size++;
      for (let m = size - 1; m > at; m--) {
        ids[m] = ids[m - 1];
        weights[m] = weights[m - 1];
      }
      ids[at] = id;
      weights[at] = w;
    }
    const out: number[] = [];
    for (let k = 0; k < size; k++) out.push(ids[k]);
    return out;
  }
}

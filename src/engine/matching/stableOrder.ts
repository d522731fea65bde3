/**
 * Positions ordered by a key of each, ties in position order: a radix sort, a byte of the key per pass from the
 * lowest (each pass keeps the order of equal bytes, so the result is stable). For the hundred or so n-grams
 * of a task it is much quicker than a typed array's own sort of packed numbers (docs/decisions/matching.md).
 */
export class StableOrder {
  private from: Int32Array;
  private to: Int32Array;
  private readonly buckets: Int32Array;
  /** Bits of the key per pass: the fewest passes, each with as few buckets as they allow. */
  private readonly width: number;
  private readonly passes: number;
  /** `longest`: the most positions ordered at once; keys are below `keyLimit`. */
  constructor(longest: number, keyLimit: number) {
    this.from = new Int32Array(longest);
    this.to = new Int32Array(longest);
    const bits = Math.max(1, Math.ceil(Math.log2(keyLimit)));
    this.passes = Math.ceil(bits / 8);
    this.width = Math.ceil(bits / this.passes);
    this.buckets = new Int32Array((1 << this.width) + 1);
  }
  /** Positions 0 … count) ordered by keys[position]; valid until the next call. */
  of(keys: Int32Array, count: number): Int32Array {
    const buckets = this.buckets;
    const width = this.width;
    const mask = (1 << width) - 1;
    let from = this.from;
    let to = this.to;
    for (let k = 0; k < count; k++) from[k] = k;
    for (let shift = 0; shift < width * this.passes; shift += width) {
      buckets.fill(0);
      for (let j = 0; j < count; j++) buckets[((keys[from[j]] >>> shift) & mask) + 1]++;
      for (let b = 0; b < mask; b++) buckets[b + 1] += buckets[b];
      for (let j = 0; j < count; j++) {
        const k = from[j];
        to[buckets[(keys[k] >>> shift) & mask]++] = k;
      }
      const swap = from;
      from = to;
      to = swap;
    }
    this.from = from;
    this.to = to;
    return from;
  }
}

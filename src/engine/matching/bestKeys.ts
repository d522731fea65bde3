/** Whether key a of value va ranks below key b of value vb: a lower value, or the same value and a larger key. */
const isWorse = (va: number, a: number, vb: number, b: number) => va < vb || (va === vb && a > b);

/**
 * The keys with the largest values, best first, ties by the smaller key (for determinism): a min-heap of at
 * most `capacity` keys, kept from task to task, so choosing among a thousand candidates allocates nothing.
 */
export class BestKeys {
  readonly keys: Int32Array;
  /** The value of each key in the heap, beside it: compared without a second look-up per step. */
  private readonly heapValues: Float64Array;
  size = 0;
  constructor(private readonly capacity: number) {
    this.keys = new Int32Array(capacity);
    this.heapValues = new Float64Array(capacity);
  }
  /** Chooses among the first `count` of `candidates`, scored by `values`; the choice is keys[0 … size). */
  choose(candidates: Int32Array, count: number, values: Float64Array): void {
    const heap = this.keys;
    const heapValues = this.heapValues;
    const capacity = this.capacity;
    let size = 0;
    for (let n = 0; n < count; n++) {
      const key = candidates[n];
      const value = values[key];
      if (size < capacity) {
        // Up from the end while the new key is worse than its parent.
        let i = size++;
        while (i > 0) {
          const up = (i - 1) >> 1;
          if (!isWorse(value, key, heapValues[up], heap[up])) break;
          heap[i] = heap[up];
          heapValues[i] = heapValues[up];
          i = up;
        }
        heap[i] = key;
        heapValues[i] = value;
        continue;
      }
      // Most candidates are below the worst kept: one comparison turns them away.
      if (!isWorse(heapValues[0], heap[0], value, key)) continue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const child = l + 1 < size && isWorse(heapValues[l + 1], heap[l + 1], heapValues[l], heap[l]) ? l + 1 : l;
        if (!isWorse(heapValues[child], heap[child], value, key)) break;
        heap[i] = heap[child];
        heapValues[i] = heapValues[child];
        i = child;
      }
      heap[i] = key;
      heapValues[i] = value;
    }
    // Best first: an insertion sort, as there are only a dozen.
    for (let i = 1; i < size; i++) {
      const key = heap[i];
      const value = heapValues[i];
      let j = i;
      for (; j > 0 && isWorse(heapValues[j - 1], heap[j - 1], value, key); j--) {
        heap[j] = heap[j - 1];
        heapValues[j] = heapValues[j - 1];
      }
      heap[j] = key;
      heapValues[j] = value;
    }
    this.size = size;
  }
}

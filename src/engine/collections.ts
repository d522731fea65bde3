/**
 * Items grouped by a key, groups in first-seen order, items in their order. Appends in place: copying a group
 * per item is quadratic, and a fix batch on a large sheet holds tens of thousands of cells.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The smallest of some numbers first, taken one at a time: written into `values` by the caller, ordered by
 * `heapify` in linear time, each `pop` in logarithmic time. The matcher reads a task's rarest n-grams until
 * its budget is spent, usually a fraction of them, and allocates nothing per task (a typed array's own sort
 * copies its numbers to the heap as objects first).
 */
export class NumberHeap {
  values: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(1, capacity));
  }
  /** Makes the first `count` of `values` the heap. */
  heapify(count: number): void {
    this.size = count;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }
  /** Takes the smallest number out; the heap must not be empty. */
  pop(): number {
    const values = this.values;
    const top = values[0];
    values[0] = values[--this.size];
    this.siftDown(0);
    return top;
  }
  private siftDown(at: number): void {
    const values = this.values;
    const end = this.size;
    for (let i = at; ; ) {
      const l = 2 * i + 1;
      if (l >= end) return;
      const child = l + 1 < end && values[l + 1] < values[l] ? l + 1 : l;
      if (!(values[child] < values[i])) return;
      const swap = values[i];
      values[i] = values[child];
      values[child] = swap;
      i = child;
    }
  }
}

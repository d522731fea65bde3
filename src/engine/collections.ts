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
 * `compute` remembered by its text, and forgotten all at once past `limit` texts: for what repeats on every row
 * of a sheet (the same bureaus, the same metrics), in a pane that may stay open for hours. Results are shared.
 */
export function boundedMemo<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, value);
    }
    return value;
  };
}

/** Dice's coefficient of two sets: twice what they share over both sizes; 0 when either is empty. */
export function setDice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Dice's coefficient of two multisets (counts by item): twice the counts they share over both totals; 0 when both are empty. */
export function countDice<T>(a: ReadonlyMap<T, number>, b: ReadonlyMap<T, number>): number {
  let shared = 0;
  let total = 0;
  for (const [item, n] of a) {
    shared += Math.min(n, b.get(item) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

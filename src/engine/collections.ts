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

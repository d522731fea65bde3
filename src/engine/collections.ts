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

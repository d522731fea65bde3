/**
 * Folds and grid search for cross-validation, pure and deterministic (bench/matchingCv.ts uses them; unit
 * tested in test/bench/crossValidation.test.ts).
 */

import { seededRandom } from "./workload";

/**
 * The fold (0 … k − 1) of each of `count` items: the items shuffled by `seed`, then dealt round, so the folds
 * differ in size by at most one and hold no run of neighbouring items (neighbours in a plan share topics).
 */
export function foldsOf(count: number, k: number, seed = 1): number[] {
  if (k < 2 || k > count) throw new Error(`k must be between 2 and the number of items (${count}), not ${k}`);
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const fold = new Array<number>(count);
  order.forEach((item, place) => (fold[item] = place % k));
  return fold;
}

/** A grid: each parameter's values to try, in order. */
export type Grid<K extends string> = Record<K, readonly number[]>;

/** Every point of the grid, as value indexes per parameter, the last parameter varying fastest. */
export function gridPoints<K extends string>(grid: Grid<K>): Record<K, number>[] {
  const names = Object.keys(grid) as K[];
  let points: Record<K, number>[] = [{} as Record<K, number>];
  for (const name of names) points = points.flatMap((p) => grid[name].map((_, v) => ({ ...p, [name]: v })));
  return points;
}

/** The parameter values of a point given as value indexes. */
export function valuesAt<K extends string>(grid: Grid<K>, point: Record<K, number>): Record<K, number> {
  const values = {} as Record<K, number>;
  for (const name of Object.keys(grid) as K[]) values[name] = grid[name][point[name]];
  return values;
}

/**
 * The point of the grid with the best `objective` (higher is better). Ties, common when the objective counts
 * right answers, go to the point whose neighbours (one step along one parameter) do best on average — a
 * plateau rather than a lucky spike — and then to the earliest point.
 */
export function bestPoint<K extends string>(grid: Grid<K>, points: readonly Record<K, number>[], objective: readonly number[]): number {
  if (points.length === 0) throw new Error("empty grid");
  const names = Object.keys(grid) as K[];
  // Each point's index from its value indexes: the last parameter varies fastest (gridPoints).
  const strides = names.map((_, n) => names.slice(n + 1).reduce((product, name) => product * grid[name].length, 1));
  const indexOf = (point: Record<K, number>) => names.reduce((sum, name, n) => sum + point[name] * strides[n], 0);
  let top = -Infinity;
  for (const value of objective) top = Math.max(top, value);
  let best = -1;
  let bestNeighbours = -Infinity;
  points.forEach((point, i) => {
    if (objective[i] !== top) return;
    let sum = 0;
    let count = 0;
    names.forEach((name) => {
      for (const step of [-1, 1]) {
        const v = point[name] + step;
        if (v < 0 || v >= grid[name].length) continue;
        sum += objective[indexOf({ ...point, [name]: v })];
        count++;
      }
    });
    const neighbours = count === 0 ? top : sum / count;
    if (neighbours > bestNeighbours) [best, bestNeighbours] = [i, neighbours];
  });
  return best;
}

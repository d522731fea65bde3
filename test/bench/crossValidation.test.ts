import { bestPoint, foldsOf, gridPoints, valuesAt } from "../../bench/crossValidation";

describe("cross-validation helpers", () => {
  it("deals items into k folds of nearly equal size, the same for the same seed", () => {
    const folds = foldsOf(58, 5, 20);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(58);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(foldsOf(58, 5, 20)).toEqual(folds);
    expect(foldsOf(58, 5, 21)).not.toEqual(folds);
    // Shuffled, not dealt in order: some neighbours share a fold, not every fifth item.
    expect(folds).not.toEqual(Array.from({ length: 58 }, (_, i) => i % 5));
    expect(() => foldsOf(3, 5)).toThrow();
  });

  it("lists every point of a grid, the last parameter fastest", () => {
    const grid = { a: [1, 2], b: [10, 20, 30] };
    const points = gridPoints(grid);
    expect(points).toHaveLength(6);
    expect(points.map((p) => valuesAt(grid, p))).toEqual([
      { a: 1, b: 10 },
      { a: 1, b: 20 },
      { a: 1, b: 30 },
      { a: 2, b: 10 },
      { a: 2, b: 20 },
      { a: 2, b: 30 },
    ]);
  });

  it("takes the best point, and among ties the one on the best plateau", () => {
    const grid = { a: [0, 1, 2], b: [0, 1, 2] };
    const points = gridPoints(grid);
    // (a,b): (0,0)=5 (0,1)=0 (0,2)=0 (1,0)=0 (1,1)=3 (1,2)=4 (2,0)=0 (2,1)=5 (2,2)=5. Of the three 5s, (0,0)
    // is a lone spike (neighbours 0), (2,1) has neighbours 3, 0, 5 and (2,2) has 4, 5: the best plateau.
    const objective = [5, 0, 0, 0, 3, 4, 0, 5, 5];
    const best = bestPoint(grid, points, objective);
    expect(valuesAt(grid, points[best])).toEqual({ a: 2, b: 2 });
    expect(bestPoint(grid, points, [0, 0, 0, 0, 9, 0, 0, 0, 0])).toBe(4);
  });
});

import type { SheetGrid } from "../src/engine/grid";

/**
 * Where two grids hold different values (trailing empty cells aside), at most `limit` of them, as
 * "sheet!R3C2: got ≠ want": an empty list is the same grid, and a failing test shows the first cells that differ.
 */
export function gridDifferences(actual: SheetGrid, expected: SheetGrid, limit = 5): string[] {
  const found: string[] = [];
  const height = Math.max(actual.values.length, expected.values.length);
  for (let r = 0; r < height && found.length < limit; r++) {
    const width = Math.max(actual.values[r]?.length ?? 0, expected.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const [got, want] = [actual.values[r]?.[c] ?? null, expected.values[r]?.[c] ?? null];
      if (got !== want) found.push(`${expected.name}!R${r + 1}C${c + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  }
  return found;
}

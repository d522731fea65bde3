import type { SheetGrid } from "../../grid";

/**
 * A cell inside a merged area but not its top-left one: Excel stores nothing there and shows the top-left
 * cell's value across the area (a 责任单位 merged over a task's lines), so it is not an empty cell.
 */
export function hiddenByMerge(grid: SheetGrid, row: number, col: number): boolean {
  return grid.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && (row !== m.top || col !== m.left));
}

import { columnIndex, type CellRange } from "../../engine/grid";

/** "B3" or "A3:C4" (optionally with $) as a 0-based inclusive range; null for anything else. */
export function parseRangeAddress(address: string): CellRange | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) return null;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  const a = { row: Number(r1) - 1, col: columnIndex(c1) };
  const b = { row: Number(r2) - 1, col: columnIndex(c2) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

import { groupBy } from "../collections";
import { columnIndex, type CellValue, type SheetGrid } from "../grid";
import type { Issue } from "./issue";

/** One cell to change: what it holds now and what it will hold. The preview shows exactly these. */
export interface CellChange {
  sheet: string;
  cell: string;
  row: number;
  column: string;
  before: CellValue;
  after: CellValue;
  /** The issue codes this change resolves. */
  codes: string[];
}

/** The changes that the fixable issues call for, one per cell, in sheet order. */
export function planFixes(issues: readonly Issue[]): CellChange[] {
  const changes = new Map<string, CellChange>();
  for (const issue of issues) {
    if (issue.fix === undefined) continue;
    const key = `${issue.sheet}!${issue.cell}`;
    const existing = changes.get(key);
    if (existing) {
      if (!existing.codes.includes(issue.code)) existing.codes.push(issue.code);
      continue;
    }
    changes.set(key, {
      sheet: issue.sheet,
      cell: issue.cell,
      row: issue.row,
      column: issue.column,
      before: issue.value,
      after: issue.fix,
      codes: [issue.code],
    });
  }
  return [...changes.values()];
}

/** A copy of the grid with the changes of its sheet applied; the input grid is left as it was. */
export function applyChanges(grid: SheetGrid, changes: readonly CellChange[]): SheetGrid {
  const values = grid.values.map((line) => [...line]);
  for (const change of changes) {
    if (change.sheet !== grid.name) continue;
    const r = change.row - 1;
    const c = columnIndex(change.column);
    while (values.length <= r) values.push([]);
    const line = values[r];
    while (line.length <= c) line.push(null);
    line[c] = change.after;
  }
  return { ...grid, values };
}

/** The changes as 0-based cell writes, by sheet: what a workbook's updateCells takes. */
export function cellWritesBySheet(changes: readonly CellChange[]): Map<string, { row: number; col: number; value: CellValue }[]> {
  const writes = new Map<string, { row: number; col: number; value: CellValue }[]>();
  for (const [sheet, sheetChanges] of groupBy(changes, (change) => change.sheet)) {
    writes.set(
      sheet,
      sheetChanges.map((change) => ({ row: change.row - 1, col: columnIndex(change.column), value: change.after })),
    );
  }
  return writes;
}

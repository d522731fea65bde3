import { cellAt, cellText, type CellValue } from "../grid";
import type { ColumnRole, RecognizedRow, RecognizedTable } from "../recognize";
import type { RuleContext } from "./rule";

/** Rows that carry a task's content: numbered rows and their continuation rows. */
export function contentRows(table: RecognizedTable): RecognizedRow[] {
  return table.rows.filter((row) => row.type === "task" || row.type === "continuation");
}

export interface RoleCell {
  row: number;
  col: number;
  value: CellValue;
  text: string;
}

/** The cell of `role` on each content row (skipped when the table has no such column). */
export function roleCells(context: RuleContext, role: ColumnRole): RoleCell[] {
  const col = context.table.columns[role];
  if (col === undefined) return [];
  return contentRows(context.table).map((row) => {
    const value = cellAt(context.grid, row.index, col);
    return { row: row.index, col, value, text: cellText(value) };
  });
}

/** Cells of several roles, in role order then row order. */
export function cellsOfRoles(context: RuleContext, roles: readonly ColumnRole[]): RoleCell[] {
  return roles.flatMap((role) => roleCells(context, role));
}

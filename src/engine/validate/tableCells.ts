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

// Every rule reads the same columns of the same table: read each once per table (tables are made per grid).
const CACHE = new WeakMap<RecognizedTable, Map<ColumnRole, readonly RoleCell[]>>();

/** The cell of `role` on each content row (skipped when the table has no such column). */
export function roleCells(context: RuleContext, role: ColumnRole): readonly RoleCell[] {
  const col = context.table.columns[role];
  if (col === undefined) return [];
  let byRole = CACHE.get(context.table);
  if (byRole === undefined) {
    byRole = new Map();
    CACHE.set(context.table, byRole);
  }
  let cells = byRole.get(role);
  if (cells === undefined) {
    cells = contentRows(context.table).map((row) => {
      const value = cellAt(context.grid, row.index, col);
      return { row: row.index, col, value, text: cellText(value) };
    });
    byRole.set(role, cells);
  }
  return cells;
}

/** Cells of several roles, in role order then row order. */
export function cellsOfRoles(context: RuleContext, roles: readonly ColumnRole[]): readonly RoleCell[] {
  const present = roles.filter((role) => context.table.columns[role] !== undefined);
  return present.length === 1 ? roleCells(context, present[0]) : present.flatMap((role) => roleCells(context, role));
}

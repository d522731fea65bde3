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
// Keyed by role, or by the roles joined with "," for the cells of several roles together.
const CACHE = new WeakMap<RecognizedTable, Map<string, readonly RoleCell[]>>();

function cellsByKey(table: RecognizedTable): Map<string, readonly RoleCell[]> {
  let byKey = CACHE.get(table);
  if (byKey === undefined) {
    byKey = new Map();
    CACHE.set(table, byKey);
  }
  return byKey;
}

/** The cell of `role` on each content row (skipped when the table has no such column). */
export function roleCells(context: RuleContext, role: ColumnRole): readonly RoleCell[] {
  const col = context.table.columns[role];
  if (col === undefined) return [];
  const byRole = cellsByKey(context.table);
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

/** Cells of several roles, in role order then row order; several rules ask for the same roles. */
export function cellsOfRoles(context: RuleContext, roles: readonly ColumnRole[]): readonly RoleCell[] {
  const present = roles.filter((role) => context.table.columns[role] !== undefined);
  if (present.length === 1) return roleCells(context, present[0]);
  const byKey = cellsByKey(context.table);
  const key = present.join(",");
  let cells = byKey.get(key);
  if (cells === undefined) {
    const joined: RoleCell[] = [];
    for (const role of present) for (const cell of roleCells(context, role)) joined.push(cell); // flatMap is several times slower
    byKey.set(key, (cells = joined));
  }
  return cells;
}

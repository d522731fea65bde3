import { cellAt, cellText, type CellValue, type SheetGrid } from "../grid";
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

/** What the rules read of one table: its content rows, and the cells of each role (or roles joined by ","). */
interface TableCells {
  rows: readonly RecognizedRow[];
  byKey: Map<string, readonly RoleCell[]>;
}

// Every rule reads the same columns of the same table: read each once per table (tables are made per grid).
const CACHE = new WeakMap<RecognizedTable, TableCells>();

function tableCells(table: RecognizedTable): TableCells {
  let cells = CACHE.get(table);
  if (cells === undefined) {
    cells = { rows: contentRows(table), byKey: new Map() };
    CACHE.set(table, cells);
  }
  return cells;
}

/** The cell of `role` on each content row (skipped when the table has no such column). */
export function roleCells(context: RuleContext, role: ColumnRole): readonly RoleCell[] {
  const col = context.table.columns[role];
  if (col === undefined) return [];
  const { rows, byKey } = tableCells(context.table);
  let cells = byKey.get(role);
  if (cells === undefined) {
    cells = rows.map((row) => {
      const value = cellAt(context.grid, row.index, col);
      return { row: row.index, col, value, text: cellText(value) };
    });
    byKey.set(role, cells);
  }
  return cells;
}

/** Cells of several roles, in role order then row order; several rules ask for the same roles. */
export function cellsOfRoles(context: RuleContext, roles: readonly ColumnRole[]): readonly RoleCell[] {
  const present = roles.filter((role) => context.table.columns[role] !== undefined);
  if (present.length === 1) return roleCells(context, present[0]);
  const { byKey } = tableCells(context.table);
  const key = present.join(",");
  let cells = byKey.get(key);
  if (cells === undefined) {
    // concat, not flatMap (several times slower) or push (which grows the list step by step).
    cells = ([] as RoleCell[]).concat(...present.map((role) => roleCells(context, role)));
    byKey.set(key, cells);
  }
  return cells;
}

/**
 * The cells read of `before` reused for `after`, the same table with the same rows of the same types once the
 * cells of `rows` were edited: only the edited rows' cells are read again. Lists of several roles are joined
 * again when asked.
 */
export function carryTableCells(grid: SheetGrid, before: RecognizedTable, after: RecognizedTable, rows: readonly number[]): void {
  const old = CACHE.get(before);
  if (old === undefined || CACHE.has(after)) return;
  // Content rows are in sheet order: each edited row's place in them by bisection.
  const places: number[] = [];
  for (const r of rows) {
    let [lo, hi] = [0, old.rows.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (old.rows[mid].index < r) lo = mid + 1;
      else hi = mid;
    }
    if (old.rows[lo]?.index === r) places.push(lo);
  }
  const byKey = new Map<string, readonly RoleCell[]>();
  for (const [key, cells] of old.byKey) {
    const col = after.columns[key as ColumnRole];
    if (col === undefined) continue;
    const copy = cells.slice();
    for (const i of places) {
      const value = cellAt(grid, copy[i].row, col);
      copy[i] = { row: copy[i].row, col, value, text: cellText(value) };
    }
    byKey.set(key, copy);
  }
  CACHE.set(after, { rows: old.rows, byKey });
}

const CONTINUATIONS = new WeakMap<RecognizedTable, ReadonlySet<number>>();

/**
 * Whether a row continues the numbered task above it: its empty 序号, task or unit cell is the task's, written
 * once on the numbered row (a CSV saved from merged cells leaves them empty).
 */
export function isContinuationRow(table: RecognizedTable, row: number): boolean {
  let rows = CONTINUATIONS.get(table);
  if (rows === undefined) {
    rows = new Set(table.rows.filter((r) => r.type === "continuation").map((r) => r.index));
    CONTINUATIONS.set(table, rows);
  }
  return rows.has(row);
}

import { cellAt, cellPosition, cellText, MAX_CELL_TEXT, safeCut, type CellValue, type SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import type { CellChange } from "../validate";

/**
 * Every batch of fixes the add-in applies is recorded, cell by cell with the value before and after, in a
 * very hidden sheet of the workbook itself. Excel's undo cannot be relied on for add-in changes, and the
 * record survives saving and reopening, so "撤销修复" can always put back exactly what the clerk had.
 */
export const JOURNAL_SHEET = "_taizhang_fixes";
// The journal's usual name only: it counts when proven by the workbook's settings and its mark (src/engine/pipeline/addinRecords.ts).
const HEADER = ["批次 batch", "时间 time", "工作表 sheet", "单元格 cell", "原值 before (JSON)", "新值 after (JSON)"];

export interface JournalEntry {
  sheet: string;
  cell: string;
  before: CellValue;
  after: CellValue;
}

export interface FixBatch {
  id: number;
  /** ISO time the batch was applied. */
  time: string;
  entries: JournalEntry[];
}

/** Values are kept as JSON text, so a number stays a number and text that looks like a formula stays text. */
function decode(text: string): CellValue {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null ? value : null;
  } catch {
    return text;
  }
}

/**
 * Excel holds at most 32,767 characters in a cell, and JSON makes text longer (quotes, "\t" for a tab): a value
 * whose JSON does not fit goes on in rows below its entry, marked as continued.
 */
const CONTINUED = "续 continued";

/** The JSON text in pieces that each fit a cell, never cut between the halves of a surrogate pair. */
function cellSizedPieces(json: string): string[] {
  const pieces: string[] = [];
  for (let from = 0; from < json.length;) {
    const to = safeCut(json, Math.min(json.length, from + MAX_CELL_TEXT));
    pieces.push(json.slice(from, to));
    from = to;
  }
  return pieces;
}

export function readJournal(grid: SheetGrid | null): FixBatch[] {
  if (grid === null) return [];
  const batches = new Map<number, { id: number; time: string; entries: { sheet: string; cell: string; before: string; after: string }[] }>();
  for (let r = 1; r < grid.values.length; r++) {
    const id = Number(cellText(cellAt(grid, r, 0)));
    const time = cellText(cellAt(grid, r, 1));
    const sheet = cellText(cellAt(grid, r, 2));
    const cell = cellText(cellAt(grid, r, 3));
    if (!Number.isInteger(id) || sheet === "" || cell === "") continue;
    const before = cellText(cellAt(grid, r, 4));
    const after = cellText(cellAt(grid, r, 5));
    let batch = batches.get(id);
    const last = batch?.entries[batch.entries.length - 1];
    if (time === CONTINUED && last !== undefined && last.sheet === sheet && last.cell === cell) {
      last.before += before;
      last.after += after;
      continue;
    }
    if (!batch) batches.set(id, (batch = { id, time, entries: [] }));
    batch.entries.push({ sheet, cell, before, after });
  }
  return [...batches.values()]
    .sort((a, b) => a.id - b.id)
    .map((batch) => ({ ...batch, entries: batch.entries.map((e) => ({ sheet: e.sheet, cell: e.cell, before: decode(e.before), after: decode(e.after) })) }));
}

/** The journal under `name`, its header row ending in the workbook's mark. */
export function journalLayout(name: string, batches: readonly FixBatch[], mark: string): SheetLayout {
  const values: CellValue[][] = [[...HEADER, mark]];
  for (const batch of batches) {
    for (const e of batch.entries) {
      const before = cellSizedPieces(JSON.stringify(e.before));
      const after = cellSizedPieces(JSON.stringify(e.after));
      for (let k = 0; k < Math.max(before.length, after.length); k++) {
        values.push([batch.id, k === 0 ? batch.time : CONTINUED, e.sheet, e.cell, before[k] ?? null, after[k] ?? null]);
      }
    }
  }
  return { name, values, veryHidden: true };
}

/** The journal with one more batch: the changes about to be applied. */
export function recordBatch(batches: readonly FixBatch[], changes: readonly CellChange[], time: string): FixBatch[] {
  const id = (batches[batches.length - 1]?.id ?? 0) + 1;
  return [...batches, { id, time, entries: changes.map((c) => ({ sheet: c.sheet, cell: c.cell, before: c.before, after: c.after })) }];
}

export interface RevertPlan {
  /** Cells to write back, 0-based, by sheet. */
  writes: { sheet: string; row: number; col: number; value: CellValue }[];
  /** Cells changed again since the batch (by the clerk): left as they are, and said so. */
  conflicts: { sheet: string; cell: string; now: CellValue; before: CellValue }[];
}

/** Empty text is an empty cell: Excel and WPS read a cell a fix emptied ("") back as empty (null). */
const sameCell = (a: CellValue, b: CellValue) => (a === "" ? null : a) === (b === "" ? null : b);

/** How to put back a batch: every cell that still holds what the batch wrote gets its old value back. */
export function planRevert(batch: FixBatch, sheets: ReadonlyMap<string, SheetGrid>): RevertPlan {
  const writes: RevertPlan["writes"] = [];
  const conflicts: RevertPlan["conflicts"] = [];
  for (const entry of batch.entries) {
    const grid = sheets.get(entry.sheet);
    const { row, col } = cellPosition(entry.cell) ?? { row: -1, col: -1 };
    const now = grid ? cellAt(grid, row, col) : null;
    if (grid && row >= 0 && sameCell(now, entry.after)) writes.push({ sheet: entry.sheet, row, col, value: entry.before });
    else conflicts.push({ sheet: entry.sheet, cell: entry.cell, now, before: entry.before });
  }
  return { writes, conflicts };
}

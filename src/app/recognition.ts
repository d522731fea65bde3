/**
 * What the active sheet was recognised as (识别): its tables, and each table as a person reads it — 1-based
 * rows, column letters, row counts.
 */
import { columnIndex, columnLetter } from "../engine/grid";
import { COLUMN_ROLES, recognizeSheet, type ColumnRole, type RoleWhy, type SheetRecognition, type TableKind } from "../engine/recognize";
import type { WorkbookPort } from "../host/port";

/** Reads the sheet the user is looking at and recognises its tables. */
export async function recognizeActiveSheet(workbook: WorkbookPort): Promise<SheetRecognition> {
  const name = await workbook.activeSheetName();
  return recognizeSheet(await workbook.readSheet(name));
}

/** One recognised table as the pane shows it: 1-based rows, column letters, row counts. */
export interface TableSummary {
  kind: TableKind;
  title: string | null;
  headerRow: number;
  lastRow: number;
  /** Each role's column, and why it went there (header words and cells), for the clerk to check. */
  columns: { role: ColumnRole; letter: string; why: RoleWhy | undefined }[];
  counts: { task: number; continuation: number; section: number };
}

export function summarizeRecognition(recognition: SheetRecognition): TableSummary[] {
  return recognition.tables.map((table) => {
    const counts = { task: 0, continuation: 0, section: 0 };
    for (const row of table.rows) {
      if (row.type === "task" || row.type === "continuation" || row.type === "section") counts[row.type] += 1;
    }
    const columns: TableSummary["columns"] = [];
    for (const role of COLUMN_ROLES) {
      const col = table.columns[role];
      if (col !== undefined) columns.push({ role, letter: columnLetter(col), why: table.why[role] });
    }
    // Left to right, as the user sees the sheet.
    // By index, not localeCompare, which builds a collator (15–40 ms) on a page's first call.
    columns.sort((a, b) => columnIndex(a.letter) - columnIndex(b.letter));
    return { kind: table.kind, title: table.title, headerRow: table.headerIndex + 1, lastRow: table.lastIndex + 1, columns, counts };
  });
}

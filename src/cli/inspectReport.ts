import { columnLetter, type SheetGrid } from "../engine/grid";
import {
  COLUMN_ROLES,
  describeWhy,
  recognizeSheet,
  type ClosestHeader,
  type ColumnRole,
  type RecognizedTable,
  type SheetRecognition,
} from "../engine/recognize";

/** The `inspect --json` contract: 1-based rows, column letters, every role present (null when absent). */
export interface InspectReport {
  file: string;
  sheets: InspectSheet[];
}

export interface InspectSheet {
  name: string;
  tables: InspectTable[];
  noHeader?: { rowsExamined: number; closest?: ClosestHeader };
}

export interface InspectTable {
  kind: RecognizedTable["kind"];
  title: string | null;
  headerRow: number;
  lastRow: number;
  columns: Record<ColumnRole, string | null>;
  /** Why each role went to its column: "header 项目内容 + long sentences (13 of 13)". */
  why: Partial<Record<ColumnRole, string>>;
  counts: { task: number; continuation: number; section: number; title: number; note: number; blank: number };
  rows: InspectRow[];
}

export interface InspectRow {
  row: number;
  type: RecognizedTable["rows"][number]["type"];
  seq: string | null;
  parentRow: number | null;
  label?: string;
}

export function inspectSheet(grid: SheetGrid): { recognition: SheetRecognition; report: InspectSheet } {
  const recognition = recognizeSheet(grid);
  const report: InspectSheet = { name: grid.name, tables: recognition.tables.map(tableReport) };
  if (recognition.noHeader) report.noHeader = recognition.noHeader;
  return { recognition, report };
}

function tableReport(table: RecognizedTable): InspectTable {
  const columns = {} as Record<ColumnRole, string | null>;
  for (const role of COLUMN_ROLES) {
    const col = table.columns[role];
    columns[role] = col === undefined ? null : columnLetter(col);
  }
  const counts = { task: 0, continuation: 0, section: 0, title: 0, note: 0, blank: 0 };
  for (const row of table.rows) counts[row.type] += 1;
  return {
    kind: table.kind,
    title: table.title,
    headerRow: table.headerIndex + 1,
    lastRow: table.lastIndex + 1,
    columns,
    why: Object.fromEntries(Object.entries(table.why).map(([role, why]) => [role, describeWhy(why, role as ColumnRole)])),
    counts,
    rows: table.rows.map((row) => {
      const out: InspectRow = {
        row: row.index + 1,
        type: row.type,
        seq: row.seq,
        parentRow: row.parentIndex === null ? null : row.parentIndex + 1,
      };
      if (row.label !== undefined) out.label = row.label;
      return out;
    }),
  };
}

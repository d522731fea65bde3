/** What a column of a responsibility sheet holds, decided from its header cell. */
export type ColumnRole =
  | "seq"
  | "task"
  | "units"
  | "coUnits"
  | "progress"
  | "status"
  | "content"
  | "deadline"
  | "target"
  | "note";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "seq",
  "task",
  "units",
  "coUnits",
  "progress",
  "status",
  "content",
  "deadline",
  "target",
  "note",
];

/** tasks: a 责任分解; progress: an 执行情况 report; indicators: 指标名称 | 目标; projects: 民生实事-style lists. */
export type TableKind = "tasks" | "progress" | "indicators" | "projects";

export type RowType = "task" | "continuation" | "section" | "title" | "note" | "blank";

export interface RecognizedRow {
  /** 0-based row index in the grid (sheet row = index + 1). */
  index: number;
  type: RowType;
  /** The task's number ("1"), also on its continuation rows; null on other rows. */
  seq: string | null;
  /** For a continuation row, the index of its numbered task row. */
  parentIndex: number | null;
  /** For a section row, its heading text. */
  label?: string;
}

export interface HeaderCell {
  col: number;
  text: string;
  role: ColumnRole | null;
}

export interface RecognizedTable {
  kind: TableKind;
  /** Document title found just above the header, if any ("2021年…执行情况（上半年）"). */
  title: string | null;
  /** 0-based index of the header row. */
  headerIndex: number;
  /** 0-based index of the table's last non-blank row. */
  lastIndex: number;
  /** Column index (0-based) of each role found in the header. */
  columns: Partial<Record<ColumnRole, number>>;
  headerCells: HeaderCell[];
  /** The title rows above the header, then every row after the header up to lastIndex, typed. */
  rows: RecognizedRow[];
}

export interface SheetRecognition {
  sheet: string;
  tables: RecognizedTable[];
  /** Set when no header row was found: how many rows were looked at. */
  noHeader?: { rowsExamined: number };
}

import type { RoleWhy } from "./columnRoles";

/**
 * What a column of a responsibility sheet holds, decided from its header cell and its cells together.
 * `leader` holds people (分管领导, 责任人), never units; `done` a quantity completed (完成数); `rate` a completion
 * rate (完成率, as 0.54 or 54 or "54%"); `measure` the unit a bare figure is counted in (单位: 万人, 公里, 元/月/人).
 */
export type ColumnRole =
  "seq" | "task" | "units" | "coUnits" | "leader" | "progress" | "status" | "content" | "deadline" | "target" | "done" | "rate" | "measure" | "note";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "seq",
  "task",
  "units",
  "coUnits",
  "leader",
  "progress",
  "status",
  "content",
  "deadline",
  "target",
  "done",
  "rate",
  "measure",
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
  /** The header as read: on a two-row header, the upper cell's words and the lower's ("完成情况 完成数"). */
  text: string;
  /** The role the column was given; on a column whose role went to another, the role its words name. */
  role: ColumnRole | null;
}

export interface RecognizedTable {
  kind: TableKind;
  /** Document title found just above the header, if any ("2021年…执行情况（上半年）"). */
  title: string | null;
  /** 0-based index of the header row (the first, when the header takes two rows). */
  headerIndex: number;
  /** 0-based index of the header's last row: the same as headerIndex unless the header takes two rows. */
  headerEnd: number;
  /** 0-based index of the table's last non-blank row. */
  lastIndex: number;
  /** Column index (0-based) of each role, from the header's words and the column's cells. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Why each role went to its column: the header's words and the cells that support it. */
  why: Partial<Record<ColumnRole, RoleWhy>>;
  headerCells: HeaderCell[];
  /** The title rows above the header, then every row after the header up to lastIndex, typed. */
  rows: RecognizedRow[];
}

export interface SheetRecognition {
  sheet: string;
  tables: RecognizedTable[];
  /**
   * Set when no table was found: how many rows were looked at, and the row that came closest to a header
   * (1-based) with what it lacked, so the clerk is told where to look.
   */
  noHeader?: { rowsExamined: number; closest?: ClosestHeader };
}

export interface ClosestHeader {
  /** 1-based sheet row. */
  row: number;
  /** The header words read on it. */
  headers: string[];
  /** "no-task": no column holds the tasks; "one-role": only one column's role could be told. */
  lacks: "no-task" | "one-role";
}

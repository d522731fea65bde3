import type { CellValue } from "../grid";

export type Severity = "error" | "warning" | "info";

/** Stable, namespaced codes: tools outside the add-in filter on them, so never rename one. */
export type IssueCode =
  | "header/not-found"
  | "header/missing-column"
  | "header/duplicate-role"
  | "header/unrecognized"
  | "seq/not-a-number"
  | "seq/duplicate"
  | "seq/gap"
  | "seq/out-of-order"
  | "seq/number-stored-as-text"
  | "task/empty"
  | "task/duplicate"
  | "text/spaces"
  | "text/half-width-punctuation"
  | "text/line-break"
  | "units/empty"
  | "units/unknown"
  | "units/alias"
  | "units/separator"
  | "units/duplicate"
  | "units/variant"
  | "status/empty"
  | "status/unknown"
  | "status/progress-missing"
  | "cell/error-value";

/** Values a message template needs, beyond the cell itself. */
export type IssueParams = Record<string, string | number | readonly string[]>;

/** One problem, at one cell, as plain data. Messages are rendered from a catalogue, not built by rules. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letters. */
  column: string;
  value: CellValue;
  params: IssueParams;
  /** The exact new cell value when a fix is certain to keep the meaning; absent otherwise. */
  fix?: CellValue;
}

import type { CellValue, SheetGrid } from "../../grid";
import type { Rule } from "../rule";
import { validateSheet } from "../validateSheet";

export const TASK_HEADER = ["序号", "主要工作任务", "责任单位"];
export const PROGRESS_HEADER = ["序号", "主要工作任务", "进展情况", "牵头部门", "进展状态"];

/**
 * A sheet with a title row, a header row and data rows (row 3 is the first data row). The title names 嘉兴市, so
 * the rules check units against Jiaxing's built-in registry, as on Jiaxing's published sheets.
 */
export function sheet(header: CellValue[], rows: CellValue[][], title = "2024年嘉兴市政府工作报告重点工作责任分解"): SheetGrid {
  return { name: "表", merges: [], values: [[title], header, ...rows] };
}

/** The issues one rule raises on a sheet, through the whole validator (fixes composed as users get them). */
export function issuesOf(rule: Rule, grid: SheetGrid) {
  return validateSheet(grid, { rules: [rule] }).map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    cell: issue.cell,
    ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
  }));
}

/** Like issuesOf, with the 1-based row too: what a rule's own tests pin down exactly. */
export function found(rule: Rule, grid: SheetGrid) {
  return validateSheet(grid, { rules: [rule] }).map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    cell: issue.cell,
    row: issue.row,
    ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
  }));
}

/** A sheet whose rows are given whole, merged areas included. */
export function merged(header: CellValue[], rows: CellValue[][], merges: SheetGrid["merges"], title?: string): SheetGrid {
  return { ...sheet(header, rows, title), merges };
}

import type { Finding, Rule } from "../rule";
import { isContinuationRow, roleCells } from "../tableCells";
import { hiddenByMerge } from "./mergedCells";

export const taskEmpty: Rule = {
  id: "taskEmpty",
  scope: "row",
  check(context) {
    return roleCells(context, "task")
      .filter((cell) => cell.text.trim() === "" && !hiddenByMerge(context.grid, cell.row, cell.col) && !isContinuationRow(context.table, cell.row))
      .map((cell): Finding => ({ code: "task/empty", severity: "error", row: cell.row, col: cell.col }));
  },
};

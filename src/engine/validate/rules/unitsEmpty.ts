import type { Finding, Rule } from "../rule";
import { isContinuationRow, roleCells } from "../tableCells";
import { hiddenByMerge } from "./mergedCells";

/** Any character but a separator or a space: the cell names some unit. */
const NAMES_SOMETHING = /[^\s、，,;；]/u;

/** Every task needs a responsible unit (配合单位 may stay empty). */
export const unitsEmpty: Rule = {
  id: "unitsEmpty",
  scope: "row",
  check(context) {
    return (
      roleCells(context, "units")
        // Separators and spaces alone ("、 、") name no unit; a cell under a merged one shows that cell's units.
        .filter((cell) => !NAMES_SOMETHING.test(cell.text) && !hiddenByMerge(context.grid, cell.row, cell.col) && !isContinuationRow(context.table, cell.row))
        .map((cell): Finding => ({ code: "units/empty", severity: "error", row: cell.row, col: cell.col }))
    );
  },
};

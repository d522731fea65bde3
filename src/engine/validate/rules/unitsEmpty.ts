import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";
import { hiddenByMerge } from "./mergedCells";

/** Every task needs a responsible unit (配合单位 may stay empty). */
export const unitsEmpty: Rule = {
  id: "unitsEmpty",
  check(context) {
    return roleCells(context, "units")
      // Separators and spaces alone ("、 、") name no unit; a cell under a merged one shows that cell's units.
      .filter((cell) => cell.text.replace(/[\s、，,;；]/gu, "") === "" && !hiddenByMerge(context.grid, cell.row, cell.col))
      .map((cell): Finding => ({ code: "units/empty", severity: "error", row: cell.row, col: cell.col }));
  },
};

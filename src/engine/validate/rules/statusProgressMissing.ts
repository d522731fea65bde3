import { cellAt, cellText } from "../../grid";
import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";
import { hiddenByMerge } from "./mergedCells";

/** A status was set but the progress text that should justify it is empty. */
export const statusProgressMissing: Rule = {
  id: "statusProgressMissing",
  scope: "row",
  check(context) {
    const progressCol = context.table.columns.progress;
    if (progressCol === undefined) return [];
    const findings: Finding[] = [];
    const cells = roleCells(context, "status");
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell.text.trim() === "") continue;
      if (cellText(cellAt(context.grid, cell.row, progressCol)).trim() !== "") continue;
      if (hiddenByMerge(context.grid, cell.row, progressCol)) continue;
      findings.push({ code: "status/progress-missing", severity: "warning", row: cell.row, col: progressCol });
    }
    return findings;
  },
};

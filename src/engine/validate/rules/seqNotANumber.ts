import { cellAt, cellText } from "../../grid";
import { parseSeq } from "../../recognize";
import type { Finding, Rule } from "../rule";

/** A numbered row whose 序号 is text that is no number ("一项", "1a"). */
export const seqNotANumber: Rule = {
  id: "seqNotANumber",
  scope: "row",
  check({ grid, table }) {
    const col = table.columns.seq;
    if (col === undefined) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.type !== "task") continue;
      const value = cellAt(grid, row.index, col);
      if (cellText(value).trim() !== "" && parseSeq(value) === null) {
        findings.push({ code: "seq/not-a-number", severity: "warning", row: row.index, col });
      }
    }
    return findings;
  },
};

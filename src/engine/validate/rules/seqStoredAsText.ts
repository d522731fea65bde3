import { cellAt, type CellValue } from "../../grid";
import type { Finding, Rule } from "../rule";

const PLAIN_DIGITS = /^\d+$/u;

/**
 * Numbers kept as text in a 序号 column that also holds real numbers (Excel sorts them apart and marks
 * them with a green triangle), and numbers typed in full width ("１") or with spaces around them.
 */
export const seqStoredAsText: Rule = {
  id: "seqStoredAsText",
  check({ grid, table }) {
    const col = table.columns.seq;
    if (col === undefined) return [];
    const taskRows = table.rows.filter((row) => row.type === "task");
    const values = taskRows.map((row) => cellAt(grid, row.index, col));
    const columnHasNumbers = values.some((value) => typeof value === "number");
    const findings: Finding[] = [];
    taskRows.forEach((row, i) => {
      const value: CellValue = values[i];
      if (typeof value !== "string") return;
      const folded = value.normalize("NFKC").trim();
      if (!PLAIN_DIGITS.test(folded)) return;
      if (columnHasNumbers) {
        findings.push({ code: "seq/number-stored-as-text", severity: "info", row: row.index, col, replaceWith: Number(folded) });
      } else if (folded !== value) {
        findings.push({ code: "seq/number-stored-as-text", severity: "info", row: row.index, col, repair: () => folded });
      }
    });
    return findings;
  },
};

import { cellAt, type CellValue } from "../../grid";
import { isPlainDigits } from "../../text";
import type { Finding, Rule } from "../rule";

/**
 * Numbers kept as text in a 序号 column that also holds real numbers (Excel sorts them apart and marks
 * them with a green triangle), and numbers typed in full width ("１") or with spaces around them. The fix
 * never changes what the cell shows: "01" stays text (as a number it would show 1).
 */
export const seqStoredAsText: Rule = {
  id: "seqStoredAsText",
  reads: ["seq"],
  check({ grid, table }) {
    const col = table.columns.seq;
    if (col === undefined) return [];
    // Two passes over the rows, with no list of them or of their values: a sheet has tens of thousands.
    let columnHasNumbers = false;
    for (let i = 0; i < table.rows.length && !columnHasNumbers; i++) {
      const row = table.rows[i];
      columnHasNumbers = row.type === "task" && typeof cellAt(grid, row.index, col) === "number";
    }
    const findings: Finding[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.type !== "task") continue;
      const value: CellValue = cellAt(grid, row.index, col);
      if (typeof value !== "string") continue;
      const folded = value.normalize("NFKC").trim();
      if (!isPlainDigits(folded)) continue;
      if (columnHasNumbers) {
        // "01" or a number past double precision would not read back as written: reported, not converted.
        const exact = String(Number(folded)) === folded;
        findings.push({ code: "seq/number-stored-as-text", severity: "info", row: row.index, col, ...(exact ? { replaceWith: Number(folded) } : {}) });
      } else if (folded !== value) {
        findings.push({ code: "seq/number-stored-as-text", severity: "info", row: row.index, col, repair: () => folded });
      }
    }
    return findings;
  },
};

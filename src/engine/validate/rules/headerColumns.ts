import type { Finding, Rule } from "../rule";

/** A task table needs a task column and a units column; an indicator table needs only its names. */
export const headerColumns: Rule = {
  id: "headerColumns",
  // The header alone, which an edit recheckSheet handles never changes.
  reads: [],
  check({ table }) {
    const findings: Finding[] = [];
    const anchor = table.headerCells[0]?.col ?? 0;
    if (table.columns.task === undefined) {
      findings.push({ code: "header/missing-column", severity: "error", row: table.headerIndex, col: anchor, params: { role: "task" } });
    }
    if (table.kind !== "indicators" && table.columns.units === undefined) {
      findings.push({ code: "header/missing-column", severity: "error", row: table.headerIndex, col: anchor, params: { role: "units" } });
    }
    const seen = new Set<string>();
    for (const cell of table.headerCells) {
      if (cell.role === null) {
        findings.push({ code: "header/unrecognized", severity: "info", row: table.headerIndex, col: cell.col, params: { header: cell.text } });
      } else if (seen.has(cell.role)) {
        findings.push({ code: "header/duplicate-role", severity: "warning", row: table.headerIndex, col: cell.col, params: { role: cell.role } });
      } else {
        seen.add(cell.role);
      }
    }
    return findings;
  },
};

import { cellText } from "../../grid";
import type { Finding, Rule } from "../rule";

const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/u;

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/** Excel error values anywhere in the table (a broken formula or lookup). */
export const cellErrorValue: Rule = {
  id: "cellErrorValue",
  scope: "row",
  check({ grid, table }) {
    const findings: Finding[] = [];
    for (let r = table.headerIndex; r <= table.lastIndex; r++) {
      const line = grid.values[r];
      if (line === undefined) continue;
      for (let c = 0; c < line.length; c++) {
        const value = line[c];
        if (typeof value === "string" && isExcelError(cellText(value))) {
          findings.push({ code: "cell/error-value", severity: "error", row: r, col: c, params: { error: value.trim() } });
        }
      }
    }
    return findings;
  },
};

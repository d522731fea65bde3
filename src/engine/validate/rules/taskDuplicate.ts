import { foldText } from "../../text";
import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";

/** The same task twice in one table (compared without spaces, punctuation width or end punctuation). */
export const taskDuplicate: Rule = {
  id: "taskDuplicate",
  check(context) {
    const firstRow = new Map<string, number>();
    const findings: Finding[] = [];
    for (const cell of roleCells(context, "task")) {
      const key = foldText(cell.text).replace(/[。.;；,，]+$/u, "");
      if (key === "") continue;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, cell.row);
      else findings.push({ code: "task/duplicate", severity: "warning", row: cell.row, col: cell.col, params: { firstRow: first + 1 } });
    }
    return findings;
  },
};

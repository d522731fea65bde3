import { foldText } from "../../text";
import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";

const END_PUNCTUATION = /[。.;；,，]+$/u;

/** The same task twice in one table (compared without spaces, punctuation width or end punctuation). */
export const taskDuplicate: Rule = {
  id: "taskDuplicate",
  check(context) {
    const firstRow = new Map<string, number>();
    // A duplicate is mostly the very same text: fold each distinct text once.
    const keyOf = new Map<string, string>();
    const findings: Finding[] = [];
    const cells = roleCells(context, "task");
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      let key = keyOf.get(cell.text);
      if (key === undefined) {
        key = foldText(cell.text).replace(END_PUNCTUATION, "");
        keyOf.set(cell.text, key);
      }
      if (key === "") continue;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, cell.row);
      else findings.push({ code: "task/duplicate", severity: "warning", row: cell.row, col: cell.col, params: { firstRow: first + 1 } });
    }
    return findings;
  },
};

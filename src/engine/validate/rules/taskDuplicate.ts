import { foldText } from "../../text";
import { memoOf, type Finding, type Rule } from "../rule";
import { roleCells } from "../tableCells";

const END_PUNCTUATION = /[。.;；,，]+$/u;

const duplicateKey = (text: string) => foldText(text).replace(END_PUNCTUATION, "");

/** The same task twice in one table (compared without spaces, punctuation width or end punctuation). */
export const taskDuplicate: Rule = {
  id: "taskDuplicate",
  reads: ["task"],
  check(context) {
    const firstRow = new Map<string, number>();
    // A duplicate is mostly the very same text: fold each distinct text once.
    const keyOf = memoOf(context, "taskDuplicate", duplicateKey);
    const findings: Finding[] = [];
    const cells = roleCells(context, "task");
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const key = keyOf(cell.text);
      if (key === "") continue;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, cell.row);
      else findings.push({ code: "task/duplicate", severity: "warning", row: cell.row, col: cell.col, params: { firstRow: first + 1 } });
    }
    return findings;
  },
};

import type { ColumnRole } from "../../recognize";
import type { Finding, Rule } from "../rule";
import { cellsOfRoles } from "../tableCells";

const TEXT_ROLES: readonly ColumnRole[] = ["task", "content", "progress", "status", "deadline", "note"];
const SPACE = "[ \\t\\u00a0\\u3000]";
const EDGE = new RegExp(`^${SPACE}+|${SPACE}+$`, "gmu");
const DOUBLED = new RegExp(`${SPACE}{2,}`, "gu");
/** Any space the tidying would touch: cheap to test, so clean cells are not rewritten to find out. */
// EDGE's multiline ^ and $ also stop at a lone "\r", so this does too.
const UNTIDY = new RegExp(`(^|\\n|\\r)${SPACE}|${SPACE}($|\\n|\\r)|${SPACE}{2}`, "u");
/** Any space at all, a quicker scan than UNTIDY's: most cells have none. */
const ANY_SPACE = new RegExp(SPACE, "u");

/** Leading, trailing (also at line ends) and doubled spaces. A single space inside text is left alone. */
export function tidySpaces(text: string): string {
  return text.replace(EDGE, "").replace(DOUBLED, " ");
}

export const textSpaces: Rule = {
  id: "textSpaces",
  scope: "row",
  check(context) {
    const findings: Finding[] = [];
    const cells = cellsOfRoles(context, TEXT_ROLES);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell.value !== "string" || !ANY_SPACE.test(cell.value) || !UNTIDY.test(cell.value) || tidySpaces(cell.value) === cell.value) continue;
      findings.push({ code: "text/spaces", severity: "info", row: cell.row, col: cell.col, repair: tidySpaces });
    }
    return findings;
  },
};

import type { ColumnRole } from "../../recognize";
import { halfWidthPunctuationPositions, toFullWidthPunctuation } from "../punctuation";
import type { Finding, Rule } from "../rule";
import { cellsOfRoles } from "../tableCells";

const PROSE_ROLES: readonly ColumnRole[] = ["task", "content", "progress"];

/** Half-width , ; : ( ) inside Chinese prose, one issue per cell with the count. */
export const textHalfWidthPunctuation: Rule = {
  id: "textHalfWidthPunctuation",
  check(context) {
    const findings: Finding[] = [];
    for (const cell of cellsOfRoles(context, PROSE_ROLES)) {
      if (typeof cell.value !== "string") continue;
      const positions = halfWidthPunctuationPositions(cell.value);
      if (positions.length === 0) continue;
      const marks = [...new Set(positions.map((i) => Array.from(cell.value as string)[i]))];
      findings.push({
        code: "text/half-width-punctuation",
        severity: "info",
        row: cell.row,
        col: cell.col,
        params: { count: positions.length, marks: marks.join(" ") },
        repair: toFullWidthPunctuation,
      });
    }
    return findings;
  },
};

import type { ColumnRole } from "../../recognize";
import { fullWidthAt, halfWidthPunctuationPositions, toFullWidthPunctuation } from "../punctuation";
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
      const text = cell.value;
      const marks = [...new Set(positions.map((i) => text[i]))];
      const fixed = fullWidthAt(text, positions);
      findings.push({
        code: "text/half-width-punctuation",
        severity: "info",
        row: cell.row,
        col: cell.col,
        params: { count: positions.length, marks: marks.join(" ") },
        // The fix of this very text is known already; other rules' repairs may have changed it before this one runs.
        repair: (current) => (current === text ? fixed : toFullWidthPunctuation(current)),
      });
    }
    return findings;
  },
};

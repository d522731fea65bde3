import type { ColumnRole } from "../../recognize";
import { fullWidthAt, halfWidthPunctuationPositions, hasHalfWidthMarks, toFullWidthPunctuation } from "../punctuation";
import type { Finding, Rule } from "../rule";
import { cellsOfRoles } from "../tableCells";

const PROSE_ROLES: readonly ColumnRole[] = ["task", "content", "progress"];

/** Half-width , ; : ( ) inside Chinese prose, one issue per cell with the count. */
export const textHalfWidthPunctuation: Rule = {
  id: "textHalfWidthPunctuation",
  scope: "row",
  check(context) {
    const findings: Finding[] = [];
    const cells = cellsOfRoles(context, PROSE_ROLES);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (typeof cell.value !== "string" || !hasHalfWidthMarks(cell.value)) continue;
      const positions = halfWidthPunctuationPositions(cell.value);
      if (positions.length === 0) continue;
      const text = cell.value;
      // Each mark once, in order of first appearance.
      let marks = "";
      for (let p = 0; p < positions.length; p++) {
        const mark = text[positions[p]];
        if (!marks.includes(mark)) marks = marks === "" ? mark : `${marks} ${mark}`;
      }
      const fixed = fullWidthAt(text, positions);
      findings.push({
        code: "text/half-width-punctuation",
        severity: "info",
        row: cell.row,
        col: cell.col,
        params: { count: positions.length, marks },
        // The fix of this very text is known already; other rules' repairs may have changed it before this one runs.
        repair: (current) => (current === text ? fixed : toFullWidthPunctuation(current)),
      });
    }
    return findings;
  },
};

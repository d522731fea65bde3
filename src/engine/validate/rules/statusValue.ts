import { categorize, suggestStatuses } from "../../status/vocabulary";
import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";
import { hiddenByMerge } from "./mergedCells";

/** A progress table's status: present, and one of the vocabulary's values. */
export const statusValue: Rule = {
  id: "statusValue",
  scope: "row",
  check(context) {
    const findings: Finding[] = [];
    const cells = roleCells(context, "status");
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const text = cell.text.trim();
      if (text === "") {
        if (hiddenByMerge(context.grid, cell.row, cell.col)) continue;
        findings.push({ code: "status/empty", severity: "warning", row: cell.row, col: cell.col });
        continue;
      }
      const result = categorize(context.vocabulary, text);
      if (result.known && result.matched !== undefined && result.matched !== cell.text) {
        // Known once spaces and width are folded ("按时 推进"): the vocabulary's own spelling is certain.
        const spelled = result.matched;
        findings.push({ code: "status/unknown", severity: "info", row: cell.row, col: cell.col, params: { suggestions: [spelled] }, repair: () => spelled });
      } else if (!result.known) {
        findings.push({
          code: "status/unknown",
          severity: "warning",
          row: cell.row,
          col: cell.col,
          params: { suggestions: suggestStatuses(context.vocabulary, text, 3) },
        });
      }
    }
    return findings;
  },
};

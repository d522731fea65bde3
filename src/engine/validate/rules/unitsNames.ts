import { splitUnitList } from "../../units/split";
import type { Finding, Rule } from "../rule";
import { unitCells } from "./unitCells";

/**
 * Each unit checked against the registry. An alias gets its canonical name as a fix. A former name gets the
 * current one, unless the sheet is from before the renaming (then it is only noted). Two registered units run
 * together ("…政府嘉兴经济技术开发区…") get the missing 、. Any other unknown name is a warning with the
 * nearest registered names: another city's sheet works before its 单位名录 is filled in.
 */
export const unitsNames: Rule = {
  id: "unitsNames",
  check(context) {
    const { registry, year } = context;
    const findings: Finding[] = [];
    const cells = unitCells(context);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell.text.trim() === "") continue;
      const parts = splitUnitList(cell.text).parts;
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        const match = registry.lookup(part.text);
        if (match === null) {
          const pieces = registry.segment(part.text);
          if (pieces !== null) {
            const whole = part.text;
            findings.push({
              code: "units/separator",
              severity: "warning",
              row: cell.row,
              col: cell.col,
              params: { kinds: ["missing"], units: pieces },
              repair: (text) => text.replace(whole, pieces.join("、")),
            });
          } else {
            findings.push({ code: "units/unknown", severity: "warning", row: cell.row, col: cell.col, params: { unit: part.text, suggestions: registry.suggest(part.text, 3) } });
          }
          continue;
        }
        if (match.via === "canonical" || match.via === "variant") continue;
        const canonical = match.entry.name;
        const params = { unit: part.text, canonical, via: match.via, ...(match.until ? { until: match.until } : {}) };
        if (match.via === "former" && year !== null && match.until !== undefined && year < match.until) {
          // Right for its year; a reviewer comparing years still wants to know the unit's name today.
          findings.push({ code: "units/alias", severity: "info", row: cell.row, col: cell.col, params: { ...params, sheetYear: year } });
          continue;
        }
        const written = part.text;
        findings.push({
          code: "units/alias",
          severity: "warning",
          row: cell.row,
          col: cell.col,
          params,
          repair: (text) =>
            splitUnitList(text)
              .parts.map((p) => (p.text === written ? canonical : p.text))
              .join("、"),
        });
      }
    }
    return findings;
  },
};

import type { UnitMatch } from "../../units/registry";
import { splitUnitList } from "../../units/split";
import type { Finding, Rule, RuleContext } from "../rule";
import { replaceUnit, unitCells } from "./unitCells";

/**
 * Each unit checked against the registry. An alias gets its canonical name as a fix. A former name gets the
 * current one, unless the sheet is from before the renaming (then it is only noted). Two registered units run
 * together ("…政府嘉兴经济技术开发区…") get the missing 、, and each of them is then checked like any other
 * name, so one fix leaves nothing for a second pass. Any other unknown name is a warning with the nearest
 * registered names: another city's sheet works before its 单位名录 is filled in.
 */
export const unitsNames: Rule = {
  id: "unitsNames",
  scope: "row",
  check(context) {
    const { registry } = context;
    const findings: Finding[] = [];
    const cells = unitCells(context);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell.text.trim() === "") continue;
      const units = splitUnitList(cell.text).units;
      for (let k = 0; k < units.length; k++) {
        const written = units[k];
        const match = registry.lookup(written);
        if (match !== null) {
          checkRegisteredName(context, written, match, cell.row, cell.col, findings);
          continue;
        }
        const pieces = registry.segment(written);
        if (pieces === null) {
          // A place with no registry (any but Jiaxing, before its 单位名录 is filled in) knows no unit: the
          // workbook is its own registry there, and units/variant checks its spellings against each other.
          if (registry.entries.length > 0)
            findings.push({
              code: "units/unknown",
              severity: "warning",
              row: cell.row,
              col: cell.col,
              params: { unit: written, suggestions: registry.suggest(written, 3) },
            });
          continue;
        }
        findings.push({
          code: "units/separator",
          severity: "warning",
          row: cell.row,
          col: cell.col,
          params: { kinds: ["missing"], units: pieces },
          repair: (text) => replaceUnit(text, written, (part) => (registry.segment(part) ?? [part]).join("、")),
        });
        // The separator's repair runs first (findings of one cell compose in order), so these see the pieces apart.
        for (let p = 0; p < pieces.length; p++) checkRegisteredName(context, pieces[p], registry.lookup(pieces[p]), cell.row, cell.col, findings);
      }
    }
    return findings;
  },
};

/** An alias or a former name of a registered unit, written as one part of a unit list. */
function checkRegisteredName(context: RuleContext, written: string, match: UnitMatch | null, row: number, col: number, findings: Finding[]): void {
  if (match === null || match.via === "canonical" || match.via === "variant") return;
  const canonical = match.entry.name;
  const params = { unit: written, canonical, via: match.via, ...(match.until ? { until: match.until } : {}) };
  const year = context.year;
  if (match.via === "former" && year !== null && match.until !== undefined && year < match.until) {
    // Right for its year; a reviewer comparing years still wants to know the unit's name today.
    findings.push({ code: "units/alias", severity: "info", row, col, params: { ...params, sheetYear: year } });
    return;
  }
  findings.push({
    code: "units/alias",
    severity: "warning",
    row,
    col,
    params,
    repair: (text) => replaceUnit(text, written, () => canonical),
  });
}

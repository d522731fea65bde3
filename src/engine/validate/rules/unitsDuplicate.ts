import type { UnitRegistry } from "../../units/registry";
import { splitUnitList } from "../../units/split";
import { memoOf, type Finding, type Rule } from "../rule";
import { unitCells } from "./unitCells";

/** The units listed more than once in a unit cell's text, each once; null when none is. */
function repeatedUnits(registry: UnitRegistry, text: string): string[] | null {
  const names = splitUnitList(text).units.map((unit) => registry.canonical(unit));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  return repeated.length === 0 ? null : [...new Set(repeated)];
}

/** The same unit twice in one cell, also when written once by alias ("市财政局、财政局"). */
export const unitsDuplicate: Rule = {
  id: "unitsDuplicate",
  scope: "row",
  check(context) {
    const { registry } = context;
    const findings: Finding[] = [];
    const repair = (text: string) => {
      const kept: string[] = [];
      const keys: string[] = [];
      for (const unit of splitUnitList(text).units) {
        const key = registry.canonical(unit);
        if (keys.includes(key)) continue;
        keys.push(key);
        kept.push(unit);
      }
      return kept.join("、");
    };
    // The same few unit cells recur on every row: each text is judged once, and its findings share the list.
    const repeatedIn = memoOf(context, "unitsDuplicate", (text) => repeatedUnits(registry, text));
    const cells = unitCells(context);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const repeated = repeatedIn(cell.text);
      if (repeated === null) continue;
      findings.push({ code: "units/duplicate", severity: "warning", row: cell.row, col: cell.col, params: { units: repeated }, repair });
    }
    return findings;
  },
};

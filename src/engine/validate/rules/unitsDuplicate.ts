import { splitUnitList } from "../../units/split";
import type { Finding, Rule } from "../rule";
import { unitCells } from "./unitCells";

/** The same unit twice in one cell, also when written once by alias ("市财政局、财政局"). */
export const unitsDuplicate: Rule = {
  id: "unitsDuplicate",
  check(context) {
    const { registry } = context;
    const findings: Finding[] = [];
    for (const cell of unitCells(context)) {
      const names = splitUnitList(cell.text).parts.map((part) => registry.canonical(part.text));
      const repeated = names.filter((name, i) => names.indexOf(name) !== i);
      if (repeated.length === 0) continue;
      findings.push({
        code: "units/duplicate",
        severity: "warning",
        row: cell.row,
        col: cell.col,
        params: { units: [...new Set(repeated)] },
        repair: (text) => {
          const kept: string[] = [];
          const keys: string[] = [];
          for (const part of splitUnitList(text).parts) {
            const key = registry.canonical(part.text);
            if (keys.includes(key)) continue;
            keys.push(key);
            kept.push(part.text);
          }
          return kept.join("、");
        },
      });
    }
    return findings;
  },
};

import { splitUnitList } from "../../units/split";
import type { Finding, Rule } from "../rule";
import { unitCells } from "./unitCells";

/** Units joined by anything but 、 (，, ",", spaces, line breaks), a trailing 、, or "、 " with a stray space. */
export const unitsSeparator: Rule = {
  id: "unitsSeparator",
  check(context) {
    const findings: Finding[] = [];
    for (const cell of unitCells(context)) {
      if (typeof cell.value !== "string") continue;
      const parsed = splitUnitList(cell.value);
      if (parsed.separators.length === 0) continue;
      const kinds = [...new Set(parsed.separators.map((separator) => separator.kind))];
      findings.push({
        code: "units/separator",
        severity: "warning",
        row: cell.row,
        col: cell.col,
        params: { kinds },
        repair: (text) => splitUnitList(text).normalized,
      });
    }
    return findings;
  },
};

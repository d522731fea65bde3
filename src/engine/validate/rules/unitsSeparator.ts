import { splitUnitList, type SeparatorKind } from "../../units/split";
import { memoOf, type Finding, type Rule } from "../rule";
import { unitCells } from "./unitCells";

/** The kinds of wrong separator in a unit cell's text, each once, in order; null when there is none. */
function separatorKinds(text: string): SeparatorKind[] | null {
  const { separators } = splitUnitList(text);
  return separators.length === 0 ? null : [...new Set(separators.map((separator) => separator.kind))];
}

const normalizeSeparators = (text: string) => splitUnitList(text).normalized;

/** Units joined by anything but 、 (，, ",", spaces, line breaks), a trailing 、, or "、 " with a stray space. */
export const unitsSeparator: Rule = {
  id: "unitsSeparator",
  scope: "row",
  check(context) {
    const findings: Finding[] = [];
    // The same few unit cells recur on every row: each text is judged once, and its findings share the list.
    const kindsIn = memoOf(context, "unitsSeparator", separatorKinds);
    const cells = unitCells(context);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell.value !== "string") continue;
      const kinds = kindsIn(cell.value);
      if (kinds === null) continue;
      findings.push({ code: "units/separator", severity: "warning", row: cell.row, col: cell.col, params: { kinds }, repair: normalizeSeparators });
    }
    return findings;
  },
};

import { foldText } from "../../text";
import { splitUnitList } from "../../units/split";
import type { RuleContext } from "../rule";
import { cellsOfRoles, type RoleCell } from "../tableCells";

/** Both unit columns: 责任单位/牵头单位 and 配合单位. */
export function unitCells(context: RuleContext): readonly RoleCell[] {
  return cellsOfRoles(context, ["units", "coUnits"]);
}

/**
 * The unit list with each unit that is `written` replaced, joined by 、. Units are compared folded: the
 * separator fix of the same cell runs first and may have taken a stray space out of the name ("…开发区 （…）").
 */
export function replaceUnit(text: string, written: string, replacement: (unit: string) => string): string {
  const key = foldText(written);
  return splitUnitList(text)
    .units.map((unit) => (foldText(unit) === key ? replacement(unit) : unit))
    .join("、");
}

import type { RuleContext } from "../rule";
import { cellsOfRoles, type RoleCell } from "../tableCells";

/** Both unit columns: 责任单位/牵头单位 and 配合单位. */
export function unitCells(context: RuleContext): readonly RoleCell[] {
  return cellsOfRoles(context, ["units", "coUnits"]);
}

import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";

/** Every task needs a responsible unit (配合单位 may stay empty). */
export const unitsEmpty: Rule = {
  id: "unitsEmpty",
  check(context) {
    return roleCells(context, "units")
      .filter((cell) => cell.text.trim().replace(/[、，,;；]/gu, "") === "")
      .map((cell): Finding => ({ code: "units/empty", severity: "error", row: cell.row, col: cell.col }));
  },
};

import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";

export const taskEmpty: Rule = {
  id: "taskEmpty",
  check(context) {
    return roleCells(context, "task")
      .filter((cell) => cell.text.trim() === "")
      .map((cell): Finding => ({ code: "task/empty", severity: "error", row: cell.row, col: cell.col }));
  },
};

import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";

/**
 * Line breaks inside a task's text (pasted from Word or PDF). Chinese needs no space where a line was
 * broken, so joining the lines keeps the meaning. Progress text is left alone: its lines are lists.
 */
export function joinLines(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*|\r/gu, "");
}

export const textLineBreak: Rule = {
  id: "textLineBreak",
  check(context) {
    const findings: Finding[] = [];
    for (const cell of roleCells(context, "task")) {
      if (typeof cell.value !== "string" || !/[\r\n]/u.test(cell.value)) continue;
      const breaksBetweenWords = /[A-Za-z0-9]\s*[\r\n]+\s*[A-Za-z0-9]/u.test(cell.value);
      findings.push({
        code: "text/line-break",
        severity: "info",
        row: cell.row,
        col: cell.col,
        // Between two Latin words or numbers the break may be a word space: no certain fix there.
        repair: breaksBetweenWords ? undefined : joinLines,
      });
    }
    return findings;
  },
};

import type { Finding, Rule } from "../rule";
import { roleCells } from "../tableCells";

/**
 * Line breaks inside a task's text (pasted from Word or PDF). Chinese needs no space where a line was
 * broken, so joining the lines keeps the meaning. Progress text is left alone: its lines are lists.
 */
export function joinLines(text: string): string {
  // A lone "\r" (old Mac text) is a break like any other: the spaces around it go too.
  return text.replace(/[ \t]*(?:\r?\n|\r)[ \t]*/gu, "");
}

// Module constants: a literal in the loop would make a RegExp object per cell.
const LINE_BREAK = /[\r\n]/u;
const BREAK_BETWEEN_WORDS = /[A-Za-z0-9]\s*[\r\n]+\s*[A-Za-z0-9]/u;
const LIST_ITEM_LINE = /[\r\n][ \t\u3000]*(\d+[.．、](?!\d)|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/u;

export const textLineBreak: Rule = {
  id: "textLineBreak",
  scope: "row",
  check(context) {
    const findings: Finding[] = [];
    const cells = roleCells(context, "task");
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell.value !== "string" || !LINE_BREAK.test(cell.value)) continue;
      const breaksBetweenWords = BREAK_BETWEEN_WORDS.test(cell.value);
      // A line that opens with an item number ("2.", "（二）", "三、") starts a list item: joining would run it into the line before.
      const breaksBeforeItem = LIST_ITEM_LINE.test(cell.value);
      findings.push({
        code: "text/line-break",
        severity: "info",
        row: cell.row,
        col: cell.col,
        // Between two Latin words or numbers the break may be a word space: no certain fix there.
        repair: breaksBetweenWords || breaksBeforeItem ? undefined : joinLines,
      });
    }
    return findings;
  },
};

import { MAX_CELL_TEXT, safeCut, type CellValue } from "../grid";
import type { SummaryLabels } from "./labels";

/**
 * Excel holds at most 32,767 characters in a cell, and one legal input can make a generated cell longer: the
 * 序号 of 7,000 lagging tasks of one unit, a task's long unit list. Such a cell is cut to fit, never the whole
 * write refused: a list at a whole item, "…等 N 项"; any other text at a character, "…（余 N 字）".
 */

/** Items for one cell: joined with the separator, or cut at a whole item where they would not fit. */
export interface CellList {
  list: readonly string[];
  separator: string;
}

/** A cell as a tab's builder makes it: a value, or a list that the tab joins to fit. */
export type TabCell = CellValue | CellList;

export const cellList = (list: readonly string[], separator: string): CellList => ({ list, separator });

const isList = (cell: TabCell): cell is CellList => cell !== null && typeof cell === "object";

/** A text cut at a character, with how many characters were left out. */
function cutText(text: string, labels: SummaryLabels): string {
  // The suffix for the most that can be left out is at least as long as the one written.
  const keep = safeCut(text, MAX_CELL_TEXT - labels.moreCharacters(text.length).length);
  return text.slice(0, keep) + labels.moreCharacters(text.length - keep);
}

/** The items joined up to the last whole item that fits with "…等 N 项" after it. */
function cutList({ list, separator }: CellList, labels: SummaryLabels): string {
  const room = MAX_CELL_TEXT - labels.more(list.length).length;
  let length = 0;
  let kept = 0;
  while (kept < list.length && length + (kept > 0 ? separator.length : 0) + list[kept].length <= room) {
    length += (kept > 0 ? separator.length : 0) + list[kept].length;
    kept++;
  }
  // Not even one item fits: it is cut as a text is.
  if (kept === 0) return cutText(list.join(separator), labels);
  return list.slice(0, kept).join(separator) + labels.more(list.length - kept);
}

/** A cell as written: whole when it fits, else cut (and said so: `cut`). */
export function fitCell(cell: TabCell, labels: SummaryLabels): { value: CellValue; cut: boolean } {
  if (isList(cell)) {
    const joined = cell.list.join(cell.separator);
    return joined.length <= MAX_CELL_TEXT ? { value: joined, cut: false } : { value: cutList(cell, labels), cut: true };
  }
  if (typeof cell === "string" && cell.length > MAX_CELL_TEXT) return { value: cutText(cell, labels), cut: true };
  return { value: cell, cut: false };
}

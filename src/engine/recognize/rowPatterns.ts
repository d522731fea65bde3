import { cellText, type CellValue } from "../grid";
import { foldText } from "../text";

/**
 * The task number a 序号 cell holds, or null when it holds none. "1", 1, "1*", "１", "1." and "01" are all
 * task 1; "1.2" is kept as written (sub-numbering).
 */
export function parseSeq(value: CellValue): string | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? String(value) : formatDecimal(value);
  if (typeof value !== "string") return null;
  const folded = foldText(value).replace(/[*＊※]+$/u, "").replace(/[.、]$/u, "");
  if (/^\d+$/u.test(folded)) return String(Number.parseInt(folded, 10));
  if (/^\d+(\.\d+)+$/u.test(folded)) return folded;
  return null;
}

function formatDecimal(value: number): string | null {
  return Number.isFinite(value) && value > 0 ? String(value) : null;
}

/** A number written at the start of an indicator's name: "1.地区生产总值（注）" → "1". Not "10—50万元群体比例". */
export function leadingItemNumber(text: string): string | null {
  const match = /^(\d+)[.、](?!\d)/u.exec(foldText(text));
  return match ? String(Number.parseInt(match[1], 10)) : null;
}

/** Section headings: "一、经济发展", "（一）…牵头重点工作", "第一部分". */
export function isSectionHeading(text: string): boolean {
  const folded = foldText(text);
  return (
    /^[一二三四五六七八九十]{1,3}[、.]/u.test(folded) ||
    /^\([一二三四五六七八九十]{1,3}\)/u.test(folded) ||
    /^第[一二三四五六七八九十]{1,3}[部分章节篇类组项]/u.test(folded)
  );
}

/** Notes under a table: "注：…", "备注：…", "说明：…", "*…". */
export function isNoteText(text: string): boolean {
  const folded = foldText(text);
  return /^(注|备注|说明|附注)\d*[:：]/u.test(folded) || /^注\d*[.、]/u.test(folded) || /^[*※]/u.test(folded);
}

/**
 * The first non-empty text of a row (trimmed, with its column) and whether another follows: what typing a row
 * needs, without collecting every cell's text of every row.
 */
export function firstNonEmptyText(line: readonly CellValue[] | undefined, from: number, to: number): { col: number; text: string; more: boolean } | null {
  if (!line) return null;
  let first: { col: number; text: string; more: boolean } | null = null;
  for (let c = from; c <= to && c < line.length; c++) {
    const text = cellText(line[c] ?? null).trim();
    if (text === "") continue;
    if (first !== null) {
      first.more = true;
      break;
    }
    first = { col: c, text, more: false };
  }
  return first;
}

export function nonEmptyTexts(line: readonly CellValue[] | undefined, from: number, to: number): { col: number; text: string }[] {
  const found: { col: number; text: string }[] = [];
  if (!line) return found;
  for (let c = from; c <= to && c < line.length; c++) {
    const text = cellText(line[c] ?? null).trim();
    if (text !== "") found.push({ col: c, text });
  }
  return found;
}

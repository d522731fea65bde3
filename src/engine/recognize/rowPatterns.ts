import { cellText, isEmptyCell, type CellValue } from "../grid";
import { foldText, isPlainDigits } from "../text";

/**
 * The task number a 序号 cell holds, or null when it holds none. "1", 1, "1*", "１", "1." and "01" are all
 * task 1; "1.2" is kept as written (sub-numbering).
 */
export function parseSeq(value: CellValue): string | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? String(value) : formatDecimal(value);
  if (typeof value !== "string") return null;
  const folded = foldText(value).replace(TRAILING_STARS, "").replace(TRAILING_STOP, "");
  if (isPlainDigits(folded)) return String(Number.parseInt(folded, 10));
  if (SUB_NUMBER.test(folded)) return folded;
  return null;
}

// Patterns are module constants: a regular expression literal in a function body makes a new RegExp object at
// every call, and these run on every row of a sheet.
const TRAILING_STARS = /[*＊※]+$/u;
const TRAILING_STOP = /[.、]$/u;
const SUB_NUMBER = /^\d+(\.\d+)+$/u;
const ITEM_NUMBER = /^[*＊★※]?(\d+)[.、](?!\d)/u;
const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}[、.]/u;
const SECTION_NUMBER_IN_BRACKETS = /^\([一二三四五六七八九十]{1,3}\)/u;
const SECTION_ORDINAL = /^第[一二三四五六七八九十]{1,3}[部分章节篇类组项]/u;
const NOTE_LABEL = /^(注|备注|说明|附注)\d*[:：]/u;
const NUMBERED_NOTE = /^注\d*[.、]/u;
const FOOTNOTE_STAR = /^[*※]/u;

function formatDecimal(value: number): string | null {
  return Number.isFinite(value) && value > 0 ? String(value) : null;
}

/**
 * A number written at the start of an indicator's name: "1.地区生产总值（注）" → "1". Not "10—50万元群体比例", and
 * not "3.90%的…" unless 3 is the item expected next (after item 2, "3.90%的二级综合医院…" is item 3: 90%的…).
 */
export function leadingItemNumber(text: string, expected?: number): string | null {
  const folded = foldText(text);
  const match = ITEM_NUMBER.exec(folded);
  if (match) return String(Number.parseInt(match[1], 10));
  const decimal = expected === undefined ? null : ITEM_BEFORE_DIGITS.exec(folded);
  return decimal && Number(decimal[1]) === expected ? decimal[1] : null;
}

const ITEM_BEFORE_DIGITS = /^[*＊★※]?(\d{1,2})\.\d/u;

/**
 * The number an item of a numbered list starts with: "(2)一般公共预算收入…" and "2.一般公共预算收入…" → 2, but
 * not "2.5%" or "2024年". Items of one block under a single 序号 (1 | (1)… (2)… (3)…) are tasks of their own.
 */
export function listItemNumber(text: string): number | null {
  const match = LIST_ITEM.exec(foldText(text));
  return match ? Number(match[1] ?? match[2]) : null;
}

const LIST_ITEM = /^[*★※]?(?:\((\d{1,2})\)|(\d{1,2})[.、](?!\d))/u;

/** Section headings: "一、经济发展", "（一）…牵头重点工作", "第一部分". */
export function isSectionHeading(text: string): boolean {
  const folded = foldText(text);
  return SECTION_NUMBER.test(folded) || SECTION_NUMBER_IN_BRACKETS.test(folded) || SECTION_ORDINAL.test(folded);
}

/** A text opened by a star: a footnote when alone on its row, a marked indicator beside its figures. */
export function isFootnoteStar(text: string): boolean {
  return FOOTNOTE_STAR.test(foldText(text));
}

/** Notes under a table: "注：…", "备注：…", "说明：…", "*…". */
export function isNoteText(text: string): boolean {
  const folded = foldText(text);
  return NOTE_LABEL.test(folded) || NUMBERED_NOTE.test(folded) || FOOTNOTE_STAR.test(folded);
}

/**
 * The column of the first cell from `from` to `to` that shows some text, or -1. Typing a row needs only where its
 * text starts and whether more follows: the scan makes no text of a number, and no object per row.
 */
export function firstFilledColumn(line: readonly CellValue[] | undefined, from: number, to: number): number {
  if (!line) return -1;
  for (let c = from; c <= to && c < line.length; c++) if (!isEmptyCell(line[c] ?? null)) return c;
  return -1;
}

/** The first non-empty text of a row, trimmed, or null. */
export function firstNonEmptyText(line: readonly CellValue[] | undefined, from: number, to: number): string | null {
  const col = firstFilledColumn(line, from, to);
  return !line || col < 0 ? null : cellText(line[col] ?? null).trim();
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

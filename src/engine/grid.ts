/**
 * A worksheet as plain data, the engine's only view of a workbook.
 *
 * `values[r][c]` is the cell at sheet row r+1, column c+1: the grid is always anchored at A1, so a
 * row index plus one is the row number users see. Rows may be shorter than others (missing cells are empty).
 * Excel error values arrive as their text ("#N/A", "#REF!"), dates as ISO text ("2021-06-30").
 */
export type CellValue = string | number | boolean | null;

/** Excel's limit on the text of one cell: the engine never proposes a longer value (the host checks writes again). */
export const MAX_CELL_TEXT = 32767;

/** Where to cut `text` at or before `at` without parting the two halves of a surrogate pair (an emoji, a rare 汉字). */
export function safeCut(text: string, at: number): number {
  const last = text.charCodeAt(at - 1);
  return at > 0 && at < text.length && last >= 0xd800 && last <= 0xdbff ? at - 1 : at;
}

/** A rectangle of cells, 0-based and inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Merged areas, as the workbook reports them. */
  merges: CellRange[];
}

/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index for column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based (row, col). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The 0-based (row, col) of an A1 address ("D11" → row 10, col 3); null for anything else. */
export function cellPosition(address: string): { row: number; col: number } | null {
  const match = CELL_ADDRESS.exec(address);
  return match ? { row: Number(match[2]) - 1, col: columnIndex(match[1]) } : null;
}

const CELL_ADDRESS = /^([A-Z]+)(\d+)$/u;

/** A1 address of a range ("A1:D123", or "A1" for a single cell). */
export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  const last = cellAddress(range.bottom, range.right);
  return first === last ? first : `${first}:${last}`;
}

/** The cell's value, empty outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const line = grid.values[row];
  if (!line || col >= line.length) return null;
  return line[col] ?? null;
}

/** The cell as display text: numbers and booleans as Excel shows them unformatted, empty as "". */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Number of columns of the widest row. */
export function gridWidth(grid: SheetGrid): number {
  let width = 0;
  // An index loop: for…of makes an iterator result per row until V8 has optimised it, and sheets are long.
  for (let r = 0; r < grid.values.length; r++) if (grid.values[r].length > width) width = grid.values[r].length;
  return width;
}

/** The smallest range that holds every non-empty cell, or null for an empty sheet. */
export function usedRange(grid: SheetGrid): CellRange | null {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  grid.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (isEmptyCell(value)) return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  return top < 0 ? null : { top, left, bottom, right };
}

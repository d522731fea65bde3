import { cellText, type CellValue } from "../grid";

/**
 * Han and full-width characters take two character widths in Excel's default font, others one. Counting
 * stops past `enough` (a column is never wider than its cap, so the rest of a long text does not matter).
 */
export function displayWidth(text: string, enough = Infinity): number {
  return widestLine(text, enough, false);
}

/**
 * The display width of the widest line of `text` (or, without `byLine`, of the text as one line), counted
 * until past `enough`. One pass, no line strings: the summary tabs measure every cell of tens of thousands
 * of rows.
 */
function widestLine(text: string, enough: number, byLine = true): number {
  let widest = 0;
  let width = 0;
  // By code point, read off the UTF-16 units: iterating the string would make a string of each character.
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    if (c > 0xffff) i++; // the low half of a surrogate pair
    if (byLine && c === 0x0a) {
      widest = Math.max(widest, width);
      width = 0;
      continue;
    }
    if (width > enough) break; // past the cap, the widest line is past it too
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return Math.max(widest, width);
}

/**
 * How many printed lines a text takes in a column `width` characters wide when it wraps: each of its own lines
 * (line breaks) at least one, a long one as many as its display width needs. Cells keep padding and a
 * wide character does not split, so a line wraps about two characters early.
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 2);
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(displayWidth(line) / usable));
  return lines;
}

/**
 * Column widths (in characters) that fit the widest line of each column, within bounds: long texts wrap
 * at `max` instead of making a column no page can print.
 */
export function fitColumnWidths(
  values: readonly (readonly CellValue[])[],
  options: { min?: number; max?: number; skipRows?: number; notMeasured?: ReadonlySet<number> } = {},
): number[] {
  const min = options.min ?? 6;
  const max = options.max ?? 50;
  const widths: number[] = [];
  // Plain loops: a tab has tens of thousands of rows, and a callback per row is a closure per row.
  for (let r = options.skipRows ?? 0; r < values.length; r++) {
    if (options.notMeasured?.has(r)) continue;
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === undefined && !(c in row)) continue; // a hole, which forEach skipped too
      if ((widths[c] ?? min) >= max) continue; // already as wide as a column gets
      const widest = widestLine(cellText(value), max);
      widths[c] = Math.max(widths[c] ?? min, Math.min(max, widest + 2));
    }
  }
  return widths.map((w) => w ?? min);
}

/**
 * A4 landscape at 70% of full size holds about this many characters of column width, padding counted: the
 * page is 297 mm less Excel's default margins (741 pt), a character of width about 5.3 pt plus 3.75 pt a column.
 */
export const PRINT_WIDTH_CHARS = 180;

/**
 * Column widths narrowed, widest first, until they fit `budget` characters: a tab printed one page wide then
 * prints at a readable scale, its long texts wrapping into more lines instead. No column goes below `floor`
 * (or its own width, if narrower).
 */
export function fitToPrintWidth(widths: readonly number[], budget = PRINT_WIDTH_CHARS, floor = 12): number[] {
  const fitted = widths.slice();
  let total = fitted.reduce((sum, w) => sum + w, 0);
  while (total > budget) {
    let widest = -1;
    for (let c = 0; c < fitted.length; c++) if (fitted[c] > floor && (widest < 0 || fitted[c] > fitted[widest])) widest = c;
    if (widest < 0) break; // every column at its floor: the page scales down, as little as it can
    const cut = Math.min(fitted[widest] - floor, total - budget, 1);
    fitted[widest] -= cut;
    total -= cut;
  }
  return fitted;
}

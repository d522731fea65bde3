import { cellText, type CellValue } from "../grid";

/** Han and full-width characters take two character widths in Excel's default font, others one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * Column widths (in characters) that fit the widest line of each column, within bounds: long texts wrap
 * at `max` instead of making a column no page can print.
 */
export function fitColumnWidths(values: readonly (readonly CellValue[])[], options: { min?: number; max?: number; skipRows?: number } = {}): number[] {
  const min = options.min ?? 6;
  const max = options.max ?? 50;
  const widths: number[] = [];
  values.slice(options.skipRows ?? 0).forEach((row) =>
    row.forEach((value, c) => {
      const widest = Math.max(0, ...cellText(value).split("\n").map(displayWidth));
      widths[c] = Math.max(widths[c] ?? min, Math.min(max, widest + 2));
    }),
  );
  return widths.map((w) => w ?? min);
}

import { isEmptyCell, type CellValue } from "../../engine/grid";

/**
 * The grid shape both readers return: trailing rows and columns with nothing in them removed, every row
 * padded with nulls to the same width, so a .csv and an .xlsx of the same table give identical grids.
 * Leading empty rows and columns stay: the grid is anchored at A1.
 */
export function trimValues(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  let height = 0;
  let width = 0;
  rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        height = r + 1;
        if (c + 1 > width) width = c + 1;
        break;
      }
    }
  });
  const out: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const line: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) line[c] = row[c] ?? null;
    out.push(line);
  }
  return out;
}

/** True when no cell holds anything but whitespace. */
export function isBlankGrid(rows: readonly (readonly CellValue[])[]): boolean {
  return rows.every((row) => row.every(isEmptyCell));
}

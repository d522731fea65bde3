import { cellAddress, isEmptyCell, type CellValue } from "../../engine/grid";
import { MAX_SHEET_CELLS, WorkbookError } from "../port";

/** A sheet whose values span more than MAX_SHEET_CELLS from A1; says where, so the message can. */
export class GridTooLargeError extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
    /** The lowest and the rightmost cells with a value (0-based): the ones to look at. */
    readonly farCells: { row: number; col: number }[],
  ) {
    super(`grid of ${rows} × ${columns} cells`);
  }
}

/** The user's message for a sheet past MAX_SHEET_CELLS: its extent, its cell count and the far cells to delete. */
export function sheetTooLarge(error: GridTooLargeError, path: string, file: string, sheet: string): WorkbookError {
  const farCells = error.farCells.map((cell) => cellAddress(cell.row, cell.col));
  const extent = `A1:${cellAddress(error.rows - 1, error.columns - 1)}`;
  return new WorkbookError({ reason: "file/sheet-too-large", params: { file, sheet, extent, cells: error.rows * error.columns, farCells } }, path);
}

/**
 * The grid shape both readers return: trailing rows and columns with nothing in them removed, every row
 * padded with nulls to the same width, so a .csv and an .xlsx of the same table give identical grids.
 * Leading empty rows and columns stay: the grid is anchored at A1.
 */
export function trimValues(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  let height = 0;
  let width = 0;
  let [widest, lowest] = [
    { row: 0, col: 0 },
    { row: 0, col: 0 },
  ];
  rows.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        [height, lowest] = [r + 1, { row: r, col: c }];
        if (c + 1 > width) [width, widest] = [c + 1, { row: r, col: c }];
        break;
      }
    }
  });
  if (height * width > MAX_SHEET_CELLS) {
    throw new GridTooLargeError(height, width, lowest.row === widest.row && lowest.col === widest.col ? [lowest] : [lowest, widest]);
  }
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

import { cellAt, cellText, type SheetGrid } from "../grid";
import { recognizeSheet, type SheetRecognition } from "../recognize";
import { detectPlace, type Place, type PlaceInput } from "./detectPlace";

/** Cells read from each units column: enough to tell the place, cheap on a 50,000-row sheet. */
const UNIT_CELLS_PER_TABLE = 2000;

/**
 * The place a workbook belongs to, from what its sheets say of themselves: the titles above their tables (or
 * the first line of a sheet without one), the file and sheet names, and the cells of the units columns.
 * `recognitions` are the grids' own, when made already; `sheetNames` the names of sheets not read (the pane
 * reads only the sheet it checks).
 */
export function workbookPlace(grids: readonly SheetGrid[], options: PlaceOptions = {}): Place {
  return detectPlace(placeInput(grids, options));
}

/** What a workbook says of its place besides its grids (see workbookPlace). */
export interface PlaceOptions {
  fileName?: string;
  recognitions?: readonly SheetRecognition[];
  sheetNames?: readonly string[];
}

/** What workbookPlace tells the place from: the same input, the same place. */
export function placeInput(
  grids: readonly SheetGrid[],
  { fileName, recognitions = grids.map((grid) => recognizeSheet(grid)), sheetNames = [] }: PlaceOptions = {},
): PlaceInput {
  const titles: string[] = [];
  const unitTexts: string[] = [];
  grids.forEach((grid, i) => {
    const recognition = recognitions[i];
    if (recognition.tables.length === 0) {
      const first = cellText(cellAt(grid, 0, 0)).trim();
      if (first !== "") titles.push(first);
    }
    for (const table of recognition.tables) {
      if (table.title) titles.push(table.title);
      for (const col of [table.columns.units, table.columns.coUnits]) {
        if (col === undefined) continue;
        let read = 0;
        for (const row of table.rows) {
          if (row.type !== "task" && row.type !== "continuation") continue;
          const text = cellText(cellAt(grid, row.index, col)).trim();
          if (text !== "") unitTexts.push(text);
          if (++read >= UNIT_CELLS_PER_TABLE) break;
        }
      }
    }
  });
  return { fileName, sheetNames: [...grids.map((grid) => grid.name), ...sheetNames], titles, unitTexts };
}

import type { SheetGrid } from "../engine/grid";
import { assignTabNames } from "../engine/summary/tabNames";
import type { WorkbookPort } from "./port";

/**
 * Adds sheets read from another file as new sheets, each under its own name or "名称(2)" where that is
 * taken (never replacing a sheet), and returns the names they got. Shared by the adapters that parse the
 * file themselves; Excel does the same inside insertWorksheetsFromBase64.
 */
export async function addAsNewSheets(workbook: WorkbookPort, grids: readonly SheetGrid[]): Promise<string[]> {
  const names = assignTabNames(
    grids.map((grid) => grid.name),
    await workbook.sheetNames(),
    [],
  );
  const renamed = grids.map((grid) => ({ ...grid, name: names.get(grid.name) ?? grid.name }));
  await workbook.writeSheets(renamed);
  return renamed.map((grid) => grid.name);
}
